import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { loadApplicationBytes } from '../../shared/model/load';
import type { Application } from '../../shared/model/schema';
import { mergePartnerCopy, prepareCopyForPartner, recordDecision } from '../../shared/workflow';
import { freezeForSigning } from '../../shared/workflow/freeze';

// Budget as for any merge (issue 7, ≤ 200 ms): the decided stress application against an older copy with 470 content
// edits, none of which may be taken; each is listed as not taken.
const r = loadApplicationBytes(readFileSync(join(__dirname, '..', 'fixtures', 'stress.simansokan')));
if (!r.ok) throw new Error('stress fixture must load');
const signed = freezeForSigning(r.application, 'Undertecknad', new Date('2025-03-01T09:00:00Z'));
const { mine: sent, copy } = prepareCopyForPartner(signed, null, new Date('2025-03-02T09:00:00Z'));
const decided = recordDecision(sent, { date: '2025-04-01', diarienummer: 'RS 2025-1', funder: 'VGR', grantedPerYear: [], conditions: '', reportingDates: [] }, new Date('2025-04-02T09:00:00Z'));
if (!decided.ok) throw new Error('must decide');
const mine = decided.app;

const theirs: Application = structuredClone(copy);
let edits = 0;
for (const g of theirs.goals.logicModel) for (const f of ['need', 'resources', 'activities', 'outputs', 'shortTerm'] as const) if (edits < 400) g[f] = `region ${edits++}`;
for (const a of theirs.activities) for (const f of ['name', 'description'] as const) if (edits < 500) a[f] = `region ${edits++}`;
for (const c of theirs.budget.costLines) if (edits < 500) c.description = `region ${edits++}`;
const check = mergePartnerCopy(mine, theirs);
if (!check.ok || !check.decided || check.decided.notTaken.length !== edits || check.conflicts.length) throw new Error(`unexpected merge: ${JSON.stringify(check.ok && [check.decided?.notTaken.length, edits])}`);
console.log(`decided merge bench: ${edits} partner content edits, all listed as not taken`);

describe('exchange, decided', () => {
  bench('merge an older stress copy into the decided application (470 content edits not taken)', () => {
    const res = mergePartnerCopy(mine, theirs);
    if (!res.ok) throw new Error('merge failed');
  });
});
