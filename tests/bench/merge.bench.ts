import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { loadApplicationBytes } from '../../shared/model/load';
import type { Application } from '../../shared/model/schema';
import { diffValues } from '../../shared/merge';
import { mergePartnerCopy, prepareCopyForPartner } from '../../shared/workflow';

// Budget (issue 7): merging two stress-fixture copies with 500 differing fields ≤ 200 ms.
const r = loadApplicationBytes(readFileSync(join(__dirname, '..', 'fixtures', 'stress.simansokan')));
if (!r.ok) throw new Error('stress fixture must load');
const { mine: base } = prepareCopyForPartner(r.application, null, new Date('2025-03-01T09:00:00Z'));

// Text fields of repeatable items, in a fixed order: the places two organisations would edit.
const fields: [(a: Application) => Record<string, unknown>, string][] = [];
base.goals.logicModel.forEach((_, i) => ['need', 'resources', 'activities', 'outputs', 'shortTerm', 'mediumTerm', 'longTerm', 'indicator', 'dataSource', 'assumptions'].forEach((f) => fields.push([(a) => a.goals.logicModel[i]!, f])));
base.activities.forEach((_, i) => ['name', 'description'].forEach((f) => fields.push([(a) => a.activities[i]!, f])));
base.budget.costLines.forEach((_, i) => fields.push([(a) => a.budget.costLines[i]!, 'description']));

function edit(app: Application, tag: string, from: number, to: number): Application {
  const copy = structuredClone(app);
  for (let i = from; i < to; i++) {
    const [get, f] = fields[i]!;
    get(copy)[f] = `${tag} ${i}`;
  }
  return copy;
}
// 250 edits on each side in different places (500 differing fields), and 20 fields both edited (conflicts).
const mine = edit(base, 'kommun', 0, 270);
const theirs = edit(base, 'region', 250, 520);
const check = mergePartnerCopy(mine, theirs);
if (!check.ok || check.conflicts.length !== 20 || check.takenOver !== 250) throw new Error(`unexpected merge: ${JSON.stringify(check.ok && [check.conflicts.length, check.takenOver])}`);
console.log(`merge bench: ${diffValues(mine, theirs).length} fields differ between the copies; 20 conflicts, 250 taken over`);

describe('exchange', () => {
  bench('merge two stress copies (≈500 differing fields)', () => {
    const res = mergePartnerCopy(mine, theirs);
    if (!res.ok) throw new Error('merge failed');
  });
});
