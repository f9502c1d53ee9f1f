import { join } from 'node:path';
import { exportChangeDocx } from '../../shared/docx/change/change';
import { exportIdeaDocx } from '../../shared/docx/idea/idea';
import { exportReportDocx } from '../../shared/docx/report/report';
import type { RequestOf, ResponseMap } from '../../shared/ipc/contract';
import type { Application } from '../../shared/model/schema';
import { getProgramme, type Programme } from '../../shared/program';
import { reportHasErrors, validateChangeRequest, validateDecision, validateReport } from '../../shared/rules';
import { NODE_EXPORT } from '../docx-native';
import { writeExport } from './export';
import { inBoth } from '../localized';
import { lifecycleExportStrings as S } from './lifecycle-export-strings';
import { failure } from './messages';
import { checkApplication } from './check-application';
import { safeFileName } from './file-names';
import type { Session } from './window-session';

type Done = { status: 'exported'; path: string } | { status: 'cancelled' } | { status: 'error'; message: { sv: string; en: string } };


/** The checked application and its programme, or the failure to answer with. */
function checked(raw: unknown): { app: Application; programme: Programme } | { failure: Done } {
  const c = checkApplication(raw);
  if (!c.ok) return { failure: c.failure };
  const programme = getProgramme(c.app.programme.id);
  if (!programme) return { failure: failure(inBoth((l) => S.t(l, 'unknownProgramme', { id: c.app.programme.id }))) };
  return { app: c.app, programme };
}

/**
 * Asks where to save under the follow-up's own file name, then writes through `writeExport`, the same way to disk as
 * the application's export.
 */
async function saveDocument(s: Session, app: Application, what: string, draft: boolean, build: () => Promise<Uint8Array>): Promise<Done> {
  const lang = await s.lang();
  const t = S.in(lang);
  const base = safeFileName(`${app.project.title} – ${what}`, what);
  const path = await s.deps.dialogs.showSave({
    title: t('dialogTitle', { what }),
    defaultPath: join(s.dialogDir(), `${base}${draft ? t('draftMarker') : ''}.docx`),
    filters: [{ name: t('wordDocument'), extensions: ['docx'] }],
  });
  if (!path) return { status: 'cancelled' };
  return writeExport(s, path, lang, build, { sameFile: (name) => inBoth((l) => S.t(l, 'sameFile', { name })), buildFailed: inBoth((l) => S.t(l, 'buildFailed')) });
}

export async function exportIdea(s: Session, req: RequestOf<'export:idea'>): Promise<ResponseMap['export:idea']> {
  const c = checked(req.application);
  if ('failure' in c) return c.failure;
  const what = S.t(await s.lang(), 'idea');
  return saveDocument(s, c.app, what, false, async () => (await exportIdeaDocx(c.app, c.programme, { now: s.clock(), ...NODE_EXPORT })).bytes);
}

export async function exportReport(s: Session, req: RequestOf<'export:report'>): Promise<ResponseMap['export:report']> {
  const c = checked(req.application);
  if ('failure' in c) return c.failure;
  const { app, programme } = c;
  if (!app.lifecycle.decision) return failure(inBoth((l) => S.t(l, 'noDecision')));
  const report = app.lifecycle.reports.find((r) => r.id === req.reportId);
  if (!report) return failure(inBoth((l) => S.t(l, 'noReport')));
  if (!req.draft) {
    const issues = [...validateDecision(app), ...validateReport(app, report.id)];
    if (reportHasErrors(issues)) return { status: 'refused', issues };
  }
  const t = S.in(await s.lang());
  const what = report.kind === 'final' ? t('final') : t('progress', { period: report.period });
  return saveDocument(s, app, what, req.draft, async () => (await exportReportDocx(app, programme, report.id, { draft: req.draft, now: s.clock(), ...NODE_EXPORT })).bytes);
}

export async function exportChange(s: Session, req: RequestOf<'export:change'>): Promise<ResponseMap['export:change']> {
  const c = checked(req.application);
  if ('failure' in c) return c.failure;
  const { app, programme } = c;
  if (!app.lifecycle.decision) return failure(inBoth((l) => S.t(l, 'noDecision')));
  const cr = app.lifecycle.changeRequests.find((x) => x.id === req.changeRequestId);
  if (!cr) return failure(inBoth((l) => S.t(l, 'noChange')));
  if (!req.draft) {
    const issues = [...validateDecision(app), ...validateChangeRequest(app, cr.id)];
    if (reportHasErrors(issues)) return { status: 'refused', issues };
  }
  const what = S.t(await s.lang(), 'change');
  return saveDocument(s, app, what, req.draft, async () => (await exportChangeDocx(app, programme, cr.id, { draft: req.draft, now: s.clock(), ...NODE_EXPORT })).bytes);
}
