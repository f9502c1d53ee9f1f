import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formatKronor } from '../../../../shared/finance/money';
import { FieldError } from '../../components';
import { useFieldIssueText } from '../../store/derived';
import { fieldId, type Path } from '../../store/paths';
import { useLang, useTranslation } from '../../i18n';
import type { YearColumn } from './grid';
import { NS } from './strings';

/** Column headers: "År 1" with the year's dates beneath, then the sum. */
export function YearHeads({ columns, first }: { columns: YearColumn[]; first: string }) {
  const { t } = useTranslation(NS);
  return (
    <tr>
      <th scope="col" className="budget-table__what">
        {first}
      </th>
      {columns.map((c) => (
        <th key={c.index} scope="col" className="num">
          {t('year', { n: c.index + 1 })}
          {c.start && c.end ? (
            <span className="budget-table__dates">
              <span>{c.start} –</span> <span>{c.end}</span>
            </span>
          ) : null}
        </th>
      ))}
      <th scope="col" className="num">
        {t('sum')}
      </th>
    </tr>
  );
}

/** A row of sums (a party's cash, the total financing…) across the years and in total. */
export function SumRow(props: { label: string; hiddenLabel?: string; values: readonly number[]; className?: string }) {
  const { label, hiddenLabel, values, className } = props;
  const total = values.reduce((a, b) => a + b, 0);
  return (
    <tr className={className}>
      <th scope="row">
        {label}
        {hiddenLabel ? <span className="visually-hidden">{hiddenLabel}</span> : null}
      </th>
      {values.map((v, i) => (
        <td key={i} className="num">
          {formatKronor(v, { unit: false })}
        </td>
      ))}
      <td className="num">{formatKronor(total, { unit: false })}</td>
    </tr>
  );
}

/**
 * What the rules say about a list or a line as a whole (no costs, a line with no amounts). The element carries
 * the path's id so the validation panel can take the user here.
 */
export function PathIssues({ path, focusable = false }: { path: Path; focusable?: boolean }) {
  const lang = useLang();
  const issue = useFieldIssueText(path, lang);
  const id = fieldId(path);
  return (
    <div id={focusable ? id : undefined} tabIndex={focusable ? -1 : undefined} className="budget-issues">
      <FieldError id={`${id}-error`} text={issue.text} severity={issue.severity} />
    </div>
  );
}

/**
 * The box a wide table scrolls in. Only while it actually overflows (many project years, a narrow window) is
 * it a tab stop with a name, so keyboard users can scroll it and nobody meets an empty stop otherwise.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="budget-table-wrap"
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? label : undefined}
    >
      {children}
    </div>
  );
}
