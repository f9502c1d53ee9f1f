import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { serializeApplication } from '../../../shared/model/load';
import type { Application } from '../../../shared/model/schema';
import { FIXTURES, fixtureApp, makeWindow, sv, tempDir } from './support';

const BROKEN = join(FIXTURES, 'broken');

let tmp: { dir: string; cleanup: () => Promise<void> };
let app: Application;
beforeAll(async () => {
  tmp = await tempDir('sim-broken-');
  app = await fixtureApp();
});
afterAll(() => tmp.cleanup());

/** What a person may see: sentences, never a stack trace or a programmer's value. */
function expectClearSentence(message: string): void {
  expect(message.length).toBeGreaterThan(10);
  expect(message).toMatch(/[.…]$/);
  expect(message).not.toMatch(/\n\s+at |Error:|TypeError|undefined|\[object |NaN|ZodError/);
}

describe('broken files opened through the handler', () => {
  it('every broken fixture gets its expected Swedish sentence and stays byte-for-byte unchanged', async () => {
    const expected = JSON.parse(await readFile(join(BROKEN, 'expected.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
    const w = makeWindow(tmp.dir, tmp.dir);
    for (const [name, substring] of Object.entries(expected)) {
      const path = join(BROKEN, name);
      const before = await readFile(path);
      const r = await w.handlers['file:open']({ path });
      expect(r.status, name).toBe('error');
      const message = sv(r);
      expect(message, name).toContain(substring);
      expect(message.startsWith(`"${name}" kunde inte öppnas.\n`), name).toBe(true);
      expectClearSentence(message);
      expect(Buffer.compare(await readFile(path), before), name).toBe(0);
    }
    // Nothing was left beside the fixtures: no lock, no backup.
    expect((await readdir(BROKEN)).filter((n) => /\.(lock|bak)$/.test(n))).toEqual([]);
  });

  it('1 000 generated broken files: a clear sentence each, no crash, the file unchanged', async () => {
    const valid = serializeApplication(app);
    const json = fc.jsonValue({ maxDepth: 4 });
    /** A valid application with one value somewhere replaced, removed, or one key added. */
    const mutated = fc
      .tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), json, fc.string({ maxLength: 12 }))
      .map(([pick, how, value, key]) => {
        const doc = JSON.parse(valid) as Record<string, unknown>;
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const walk = (v: unknown) => {
          if (Array.isArray(v)) v.forEach((x, i) => (slots.push([v, i]), walk(x)));
          else if (v && typeof v === 'object') for (const k of Object.keys(v)) { slots.push([v as Record<string, unknown>, k]); walk((v as Record<string, unknown>)[k]); }
        };
        walk(doc);
        const [holder, k] = slots[pick % slots.length]!;
        if (how === 'replace') (holder as Record<string | number, unknown>)[k] = value;
        else if (how === 'delete' && !Array.isArray(holder)) delete holder[k as string];
        else if (!Array.isArray(holder)) holder[`x${key}`] = value;
        return new TextEncoder().encode(JSON.stringify(doc));
      });
    const truncated = fc.nat().map((n) => new TextEncoder().encode(valid.slice(0, n % valid.length)));
    const garbage = fc.uint8Array({ maxLength: 2000 });
    const otherJson = json.map((v) => new TextEncoder().encode(JSON.stringify(v) ?? 'null'));
    const file = fc.oneof(
      { arbitrary: mutated, weight: 5 },
      { arbitrary: truncated, weight: 2 },
      { arbitrary: garbage, weight: 2 },
      { arbitrary: otherJson, weight: 1 },
    );

    const w = makeWindow(tmp.dir, tmp.dir);
    const path = join(tmp.dir, 'genererad.simansokan');
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(file, async (bytes) => {
        await writeFile(path, bytes);
        const r = await w.handlers['file:open']({ path });
        if (r.status === 'error') {
          errors++;
          expectClearSentence(sv(r));
          expectClearSentence(r.message.en);
        } else {
          // Some mutations leave a valid application (e.g. a text replaced by another text).
          expect(r.status).toBe('opened');
          await w.handlers['file:close']({ path });
        }
        expect(Buffer.compare(await readFile(path), Buffer.from(bytes))).toBe(0);
        await unlink(path);
      }),
      { numRuns: 1000 },
    );
    // The generator mostly makes broken files; a test that only opened valid ones would prove nothing.
    expect(errors).toBeGreaterThan(700);
    expect(await readdir(tmp.dir)).not.toContain('genererad.simansokan.lock');
  });
});
