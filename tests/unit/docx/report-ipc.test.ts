/**
 * The renderer's export channels for the idea sketch, reports and change requests, through the real handlers on
 * real temp folders with dialogs answered from queues (as in the browser harness): what the user chose is written,
 * a signed export with errors is refused with the rules' issues before any dialog, a draft always goes through,
 * and what the renderer sends is checked against the file schema first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportDocumentId } from '../../../shared/workflow/report-id';
import { makeWindow, openWorkspace } from '../electron/support';
import { changedApp, cleanReportApp, reportedApp } from './report-app';

let ws: Awaited<ReturnType<typeof openWorkspace>>;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(() => ws.cleanup());

const text = (path: string) => {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  return ['word/document.xml', 'word/footer1.xml'].filter((n) => parts[n]).map((n) => strFromU8(parts[n]!)).join('').replace(/<[^>]+>/g, '');
};

describe('export:idea, export:report, export:change', () => {
  it('exports the idea sketch where the user chose, suggesting a name that says what it is', async () => {
    const w = makeWindow(ws.userData, ws.work);
    const out = join(ws.work, 'ide.docx');
    w.queues.save.push(out);
    const r = await w.handlers['export:idea']({ application: ws.app });
    expect(r).toEqual({ status: 'exported', path: out });
    expect(w.seen.save[0]!.defaultPath).toMatch(/idéskiss\.docx$/);
    expect(text(out)).toContain('Idéskiss');
  });

  it('exports a signature-ready report whose rules find no errors, with its own Dokument-ID', async () => {
    const app = cleanReportApp();
    const w = makeWindow(ws.userData, ws.work);
    const out = join(ws.work, 'rapport.docx');
    w.queues.save.push(out);
    const r = await w.handlers['export:report']({ application: app, reportId: 'rd1', draft: false });
    expect(r).toEqual({ status: 'exported', path: out });
    expect(w.seen.save[0]!.defaultPath).toMatch(/lägesrapport 1\.docx$/);
    expect(text(out)).toContain(reportDocumentId(app.lifecycle.decision!, app.lifecycle.reports[0]!));
  });

  it('refuses a signed report with errors before asking where to save, and still exports it as a draft', async () => {
    const app = reportedApp();
    const w = makeWindow(ws.userData, ws.work);
    const refused = await w.handlers['export:report']({ application: app, reportId: 'rdF', draft: false });
    expect(refused.status).toBe('refused');
    if (refused.status !== 'refused') return;
    expect(refused.issues.some((i) => i.severity === 'error' && i.path.join('.').startsWith('lifecycle.reports.2'))).toBe(true);
    expect(w.seen.save).toHaveLength(0);
    const out = join(ws.work, 'utkast.docx');
    w.queues.save.push(out);
    expect(await w.handlers['export:report']({ application: app, reportId: 'rdF', draft: true })).toEqual({ status: 'exported', path: out });
    expect(w.seen.save[0]!.defaultPath).toMatch(/slutrapport \(utkast\)\.docx$/);
    expect(text(out)).toContain('UTKAST');
  });

  it('exports a change request, and answers a missing one or a file without decision with a sentence', async () => {
    const app = changedApp();
    const w = makeWindow(ws.userData, ws.work);
    const out = join(ws.work, 'andring.docx');
    w.queues.save.push(out);
    expect(await w.handlers['export:change']({ application: app, changeRequestId: 'cr1', draft: false })).toEqual({ status: 'exported', path: out });
    expect(text(out)).toContain('Ändringsansökan');
    const missing = await w.handlers['export:change']({ application: app, changeRequestId: 'nope', draft: true });
    expect(missing.status === 'error' && missing.message.sv).toContain('finns inte i ansökan längre');
    const undecided = await w.handlers['export:report']({ application: ws.app, reportId: 'rd1', draft: true });
    expect(undecided.status === 'error' && undecided.message.sv).toContain('inget registrerat beslut');
  });

  it('checks what the renderer sends against the file schema, and a decided application that was edited is refused', async () => {
    const w = makeWindow(ws.userData, ws.work);
    const bad = await w.handlers['export:idea']({ application: { format: 'nope' } });
    expect(bad.status).toBe('error');
    const app = cleanReportApp();
    app.project.title = 'Ändrad efter beslutet';
    const edited = await w.handlers['export:report']({ application: app, reportId: 'rd1', draft: true });
    expect(edited.status).toBe('error');
    expect(w.seen.save).toHaveLength(0);
  });

  it('never writes over the file the window read its application from', async () => {
    const w = makeWindow(ws.userData, ws.work);
    const docx = join(ws.work, 'ide.docx');
    w.queues.save.push(docx);
    expect((await w.handlers['export:idea']({ application: ws.app })).status).toBe('exported');
    // The idea sketch carries its application: opening it continues the application, and it is now this window's source.
    const opened = await w.handlers['file:open']({ path: docx });
    expect(opened.status).toBe('restored');
    const before = readFileSync(docx);
    w.queues.save.push(docx);
    const r = await w.handlers['export:idea']({ application: ws.app });
    expect(r.status === 'error' && r.message.sv).toContain('skrivs inte över');
    expect(readFileSync(docx).equals(before)).toBe(true);
  });
});
