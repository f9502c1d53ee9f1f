import { useStore as useVanillaStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { settledStore } from '../../store/derived';
import { useStore } from '../../store';
import { mayShowProblem } from '../../store/attention';
import type { Path } from '../../store/paths';
import { useT } from '../../i18n';
import { lifecycleIssuesOf } from '../../store/lifecycle-issues';
import { reportStepOfPath } from '../report-paths';
import type { ReportStep } from '../view';
import { reportStrings } from './report-strings';

/**
 * A report part's errors and things still to do, beside its name (as the step list does for the application): a
 * value not filled in yet is "to do" until the user asks to export for signing; a wrong value is an error once seen.
 */
export function PartCounts({ reportId, part }: { reportId: string; part: ReportStep }) {
  const t = useT(reportStrings);
  const att = useStore(useShallow((s) => ({ strict: s.strict, touched: s.touched, openedApp: s.openedApp })));
  const [errors, todo] = useVanillaStore(
    settledStore,
    useShallow((s) => {
      if (!s.app) return [0, 0];
      let e = 0;
      let d = 0;
      for (const i of lifecycleIssuesOf(s.app).byReport.get(reportId) ?? []) {
        if (reportStepOfPath(i.path) !== part) continue;
        if (i.missing && !att.strict) d++;
        else if (i.severity === 'error' && (i.missing || mayShowProblem(att, i.path as unknown as Path))) e++; // the follow-up rules report untyped paths (see ReportIssue)
      }
      return [e, d];
    }),
  );
  return (
    <>
      {errors ? (
        <span className="badge badge--error">
          <span className="visually-hidden">, </span>
          {t('counts.errors', { count: errors })}
        </span>
      ) : null}
      {todo ? (
        <span className="badge badge--todo">
          <span className="visually-hidden">, </span>
          {t('counts.todo', { count: todo })}
        </span>
      ) : null}
    </>
  );
}
