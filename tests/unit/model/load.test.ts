import { FORMAT_VERSION } from '../../../shared/model/schema';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadApplicationBytes, loadApplicationText, serializeApplication, type LoadResult } from '../../../shared/model/load';
import { HUGE_EXPECTED, writeHugeFile } from '../../fixtures/huge';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const BROKEN = join(FIXTURES, 'broken');
const read = (name: string) => readFileSync(join(FIXTURES, name));

function firstSv(r: LoadResult): string {
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems.map((p) => p.message.sv).join('\n');
}

describe('loading and saving', () => {
  it.each(['complete.simansokan', 'minimal.simansokan', 'stress.simansokan'])('round-trips %s byte for byte', (name) => {
    const bytes = read(name);
    const r = loadApplicationBytes(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migratedFrom).toBeNull();
      expect(serializeApplication(r.application)).toBe(bytes.toString('utf8'));
    }
  });

  it('writes a stable key order whatever order the object has, with 2-space indent and a trailing newline', () => {
    const r = loadApplicationBytes(read('complete.simansokan'));
    if (!r.ok) throw new Error('fixture');
    const app = r.application;
    const reversed = JSON.parse(JSON.stringify(app), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    const text = serializeApplication(app);
    expect(serializeApplication(reversed)).toBe(text);
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "format": "sim-ansokan",', `  "formatVersion": ${FORMAT_VERSION},`, `  "id": "${app.id}",`]);
    expect(text.endsWith('}\n')).toBe(true);
    // Array order is content (the order of rows), never sorted.
    expect(JSON.parse(text).activities.map((a: { id: string }) => a.id)).toEqual(app.activities.map((a) => a.id));
  });

  it('accepts a byte-order mark', () => {
    const text = read('complete.simansokan').toString('utf8');
    expect(loadApplicationText('\ufeff' + text).ok).toBe(true);
  });
});

describe('broken files', () => {
  const expected: Record<string, string> = JSON.parse(readFileSync(join(BROKEN, 'expected.json'), 'utf8'));

  it('lists every broken file with its message, and nothing else', () => {
    const files = readdirSync(BROKEN).filter((f) => f.endsWith('.simansokan')).sort();
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.entries(JSON.parse(readFileSync(join(BROKEN, 'expected.json'), 'utf8')) as [string, string][]))(
    '%s is refused with its sentence',
    (name, message) => {
      const r = loadApplicationBytes(readFileSync(join(BROKEN, name)));
      expect(firstSv(r)).toContain(message);
      if (!r.ok) for (const p of r.problems) expect(p.message.en.length).toBeGreaterThan(10);
    },
  );

  const tmp = mkdtempSync(join(tmpdir(), 'sim-huge-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('refuses a 60 MB file by its size', () => {
    const path = writeHugeFile(tmp);
    expect(firstSv(loadApplicationBytes(readFileSync(path)))).toContain(HUGE_EXPECTED);
  });
});
