import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { CONTENT_KEYS } from '../../shared/model/schema';
import { loadApplicationText } from '../../shared/model/load';
import { fingerprint } from '../../shared/model/fingerprint';
import { startApp, type AppHarness } from './harness';
import { axeViolations } from './followup-support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const TYPO_FIX = 'Skövde kommun, Närhälsan och BUP Skaraborg bygger ett gemensamt språkstöd (rättat stavfel).';

type Json = Record<string, unknown>;
const contentOfFile = (file: Json) => Object.fromEntries(CONTENT_KEYS.map((k) => [k, file[k]]));

describe('co-owners: merging a partner’s older copy into the decided application', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('the partner’s content edit is listed as not taken with the sentence about a change request, and the merge saves with the decision intact', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    h = await startApp({ viewport: { width: 1280, height: 800 } });
    const page = h.page;
    // The municipality sent the signed application before the decision, then recorded the decision and its reports;
    // the region fixed a typo in the summary of its copy after signing.
    const fixture = JSON.parse(await readFile(join(ROOT, 'tests', 'fixtures', 'followup.simansokan'), 'utf8')) as Json;
    const noFollowUp = { decision: null, reports: [], changeRequests: [] };
    const exchange = { base: contentOfFile(fixture), baseAt: '2025-05-02T08:00:00.000Z', sentAt: '2025-05-02T08:00:00.000Z', sentByPartyId: '', sentBy: '', baseLifecycle: noFollowUp };
    const workflow = { ...(fixture.workflow as Json), exchange };
    const mine = join(h.workDir, 'Språkstöd Skaraborg.simansokan');
    const copy = join(h.workDir, 'Språkstöd från regionen.simansokan');
    await writeFile(mine, JSON.stringify({ ...fixture, workflow }));
    await writeFile(copy, JSON.stringify({ ...fixture, lifecycle: noFollowUp, project: { ...(fixture.project as Json), summary: TYPO_FIX }, workflow }));
    const decision = (fixture.lifecycle as { decision: { decidedDocumentId: string } }).decision;

    h.dialogs.queueOpen(mine);
    await page.getByRole('button', { name: 'Öppna ansökan …' }).click();
    await page.getByTestId('phase-bar').waitFor();
    expect(await page.getByTestId('phase-bar').getAttribute('data-phase')).toBe('reports');

    h.dialogs.queueOpen(copy);
    await h.sendMainEvent({ type: 'menu', command: 'readPartner' });
    const dialog = page.getByRole('dialog', { name: 'Samverkanspartens version' });
    await dialog.waitFor();
    const sentence = dialog.getByTestId('merge-decided');
    expect(await sentence.innerText()).toBe(
      `Ansökan är beslutad (Dokument-ID ${decision.decidedDocumentId}): den beslutade ansökan gäller oförändrad, och ändringar i den tas inte över. Föreslå sådana ändringar i en ändringsansökan.`,
    );
    expect(await dialog.getByRole('heading', { name: '1 ändring i ansökan tas inte över' }).count()).toBe(1);
    const notTaken = await dialog.getByTestId('merge-not-taken').innerText();
    expect(notTaken).toContain('Projekt › Sammanfattning');
    expect(notTaken).toContain(TYPO_FIX);
    expect(await dialog.getByTestId('merge-conflicts').locator('fieldset').count()).toBe(0);
    expect(await dialog.innerText()).toContain('Inga fält har ändrats olika');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'coowners-merge-decided.png') });

    await dialog.getByRole('button', { name: 'Använd sammanslagningen' }).click();
    await page.getByRole('dialog', { name: 'Samverkanspartens version' }).getByRole('button', { name: 'OK' }).click();
    expect(await page.getByTestId('save-state').textContent()).toBe('Ändringar ej sparade');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Sparad \d\d:\d\d$/);

    // On disk: the decided content, the decision, the reports, and the partner's version as the next common one.
    const saved = loadApplicationText(await readFile(mine, 'utf8'));
    if (!saved.ok) throw new Error('the saved merge must load');
    const app = saved.application;
    expect(app.project.summary).toBe((fixture.project as Json).summary);
    expect(app.lifecycle.decision?.decidedDocumentId).toBe(decision.decidedDocumentId);
    expect(app.workflow.freeze?.documentId).toBe(decision.decidedDocumentId);
    expect(fingerprint(app)).toBe(decision.decidedDocumentId);
    expect(app.lifecycle.reports).toHaveLength(3);
    expect(app.workflow.exchange?.base.project.summary).toBe(TYPO_FIX);

    // A copy that records a decision on another version (frozen again after the typo fix) is refused with a sentence;
    // neither file changes.
    const edited = { ...contentOfFile(fixture), project: { ...(fixture.project as Json), summary: TYPO_FIX } };
    const otherId = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-0000-1111';
    const otherDecision = join(h.workDir, 'Annat beslut.simansokan');
    const otherText = JSON.stringify({
      ...fixture,
      ...edited,
      lifecycle: { ...noFollowUp, decision: { ...decision, decidedDocumentId: otherId } },
      workflow: { ...workflow, freeze: { ...(fixture.workflow as { freeze: Json }).freeze, documentId: otherId, snapshot: edited } },
    });
    await writeFile(otherDecision, otherText);
    const mineBefore = await readFile(mine, 'utf8');
    h.dialogs.queueOpen(otherDecision);
    await page.getByRole('button', { name: 'Läs in samverkanspartens version …' }).click();
    await expect
      .poll(() => page.getByTestId('exchange-outcome').textContent())
      .toBe('Kopian och den här filen har registrerat beslut om olika versioner av ansökan (olika Dokument-ID), så de kan inte slås samman. Inget har ändrats i någon av filerna.');
    expect(await page.getByRole('dialog', { name: 'Samverkanspartens version' }).count()).toBe(0);
    expect(await page.getByTestId('save-state').textContent()).toMatch(/^Sparad/);
    expect(await readFile(mine, 'utf8')).toBe(mineBefore);
    expect(await readFile(otherDecision, 'utf8')).toBe(otherText);
  }, 120_000);
});
