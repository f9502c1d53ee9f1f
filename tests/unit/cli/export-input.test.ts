import { link, mkdir, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { serializeApplication } from '../../../shared/model/load';
import { completeApp } from '../rules/helpers';
import { fixtureApp, makeWindow } from '../electron/support';

/** `export --out` never writes over the file it reads, however the two are spelled. */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sim-cli-self-'));
  await mkdir(join(dir, 'mapp', 'under'), { recursive: true });
  await writeFile(join(dir, 'mapp', 'Ansökan.simansokan'), serializeApplication(completeApp()));
  await link(join(dir, 'mapp', 'Ansökan.simansokan'), join(dir, 'hårdlänk.simansokan'));
  await symlink(join(dir, 'mapp', 'Ansökan.simansokan'), join(dir, 'symlänk.docx'));
  await symlink(join(dir, 'mapp'), join(dir, 'mapplänk'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** Another spelling of `target` (absolute, under `dir`): `.` and `x/..` segments, doubled slashes, relative or not. */
function spellings(target: string) {
  const parts = relative(dir, target).split('/');
  const noise = fc.constantFrom('.', 'finns-inte/..', 'under/..');
  return fc
    .record({
      inserts: fc.array(fc.tuple(fc.nat(parts.length), noise), { maxLength: 4 }),
      prefix: fc.constantFrom(`${dir}/`, './', '', `${dir}//`),
      doubled: fc.boolean(),
    })
    .map(({ inserts, prefix, doubled }) => {
      const out = [...parts];
      for (const [at, seg] of inserts) out.splice(Math.min(at, out.length - 1), 0, seg);
      // Never a leading slash: every spelling stays inside the test's folder.
      return prefix + out.join(doubled ? '//' : '/');
    });
}

const SAME = /är samma fil som ansökan som exporteras .* och skrivs inte över\. Välj ett annat namn för Word-dokumentet med --out\.\n$/;

async function unchanged(path: string) {
  const before = { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
  return async () => {
    expect(Buffer.compare(await readFile(path), before.bytes)).toBe(0);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  };
}

describe('export --out pointing at its own input', () => {
  it('is refused for any spelling of the application, its hard link and a symlink to it, and the file stays as it was', async () => {
    const input = join(dir, 'mapp', 'Ansökan.simansokan');
    const check = await unchanged(input);
    const out = fc.oneof(
      spellings(input),
      spellings(join(dir, 'hårdlänk.simansokan')),
      spellings(join(dir, 'symlänk.docx')),
      spellings(join(dir, 'mapplänk', 'Ansökan.simansokan')),
    );
    const inputs = fc.constantFrom('mapp/Ansökan.simansokan', input, './mapp/../mapp/Ansökan.simansokan', 'hårdlänk.simansokan', 'mapplänk/Ansökan.simansokan');
    await fc.assert(
      fc.asyncProperty(inputs, out, fc.boolean(), async (file, spelled, draft) => {
        const r = await cli(['export', file, '--out', spelled, ...(draft ? ['--draft'] : [])]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(SAME);
      }),
      { numRuns: 80 },
    );
    await check();
  });

  it('is refused for the DOCX being read, and a different name is written', async () => {
    expect((await cli(['export', 'mapp/Ansökan.simansokan', '--out', 'mapp/under/Ansökan.docx'])).code).toBe(0);
    const docx = join(dir, 'mapp', 'under', 'Ansökan.docx');
    // Old enough that a leftover beside it would be tidied: nothing of the DOCX itself may go.
    await utimes(docx, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const check = await unchanged(docx);
    await fc.assert(
      fc.asyncProperty(spellings(docx), async (spelled) => {
        const r = await cli(['export', docx, '--out', spelled, '--draft']);
        expect(r).toMatchObject({ code: 2, stdout: '' });
        expect(r.stderr).toMatch(SAME);
      }),
      { numRuns: 40 },
    );
    await check();
    expect((await cli(['export', docx, '--out', 'mapp/under/Kopia.docx', '--draft'])).code).toBe(0);
  });

  it("removes an interrupted write's leftovers beside the DOCX, once they are a minute old, and nothing else", async () => {
    const out = join(dir, 'mapp', 'Rester.docx');
    const old = new Date(Date.now() - 120_000);
    const names = ['Rester.docx.1234567', 'Rester.docx.4294967295', 'Rester.docx.bak.123.abc.tmp', 'Rester.docx.12', 'Rester.docx.2024-01-01', 'Annat.docx.1234567'];
    for (const n of names) {
      await writeFile(join(dir, 'mapp', n), 'rest');
      await utimes(join(dir, 'mapp', n), old, old);
    }
    await writeFile(join(dir, 'mapp', 'Rester.docx.7654321'), 'pågår');
    expect((await cli(['export', 'mapp/Ansökan.simansokan', '--out', out])).code).toBe(0);
    const left = (await Promise.all([...names, 'Rester.docx.7654321'].map((n) => stat(join(dir, 'mapp', n)).then(() => n, () => null)))).filter(Boolean);
    expect(left.sort()).toEqual(['Annat.docx.1234567', 'Rester.docx.12', 'Rester.docx.2024-01-01', 'Rester.docx.7654321']);
  });
});

describe("the app's export", () => {
  it('never writes over the document of the window or the DOCX it restored from, however the dialog spells them', async () => {
    const app = await fixtureApp();
    const work = await mkdtemp(join(tmpdir(), 'sim-export-self-'));
    try {
      const doc = join(work, 'Min.simansokan');
      await writeFile(doc, serializeApplication(app));
      await link(doc, join(work, 'hård.docx'));
      await symlink(doc, join(work, 'länk.docx'));
      const w = makeWindow(join(work, 'ud'), work);
      w.queues.open.push(doc);
      expect((await w.handlers['file:open']({})).status).toBe('opened');
      const check = await unchanged(doc);
      const spelled = fc.oneof(
        fc.constantFrom(join(work, 'hård.docx'), join(work, '.', 'länk.docx'), `${work}//hård`, join(work, 'x', '..', 'länk')),
        fc.constantFrom('hård.docx', 'länk.docx').map((n) => join(work, '.', n)),
      );
      await fc.assert(
        fc.asyncProperty(spelled, async (path) => {
          w.queues.save.push(path);
          const r = await w.handlers['export:docx']({ application: app, draft: true });
          expect(r, path).toMatchObject({ status: 'error' });
          if (r.status === 'error') expect(r.message.sv).toMatch(/är samma fil som ansökan du arbetar med .* och skrivs inte över/);
        }),
        { numRuns: 20 },
      );
      await check();
      w.queues.save.push(join(work, 'Ny.docx'));
      expect(await w.handlers['export:docx']({ application: app, draft: true })).toEqual({ status: 'exported', path: join(work, 'Ny.docx') });
      await w.handlers.dispose();

      // Nor does a copy for the partner replace the document, whatever name it is given.
      const copier = makeWindow(join(work, 'ud2'), work);
      copier.queues.open.push(doc);
      expect((await copier.handlers['file:open']({})).status).toBe('opened');
      await symlink(doc, join(work, 'länk.simansokan'));
      await link(doc, join(work, 'hård.simansokan'));
      for (const path of [join(work, 'länk.simansokan'), join(work, 'hård'), `${work}/./Min.simansokan`]) {
        copier.queues.save.push(path);
        expect(await copier.handlers['file:saveCopy']({ application: app }), path).toMatchObject({ status: 'error' });
      }
      await check();
      await copier.handlers.dispose();

      // A DOCX opened (restored) in a window is its input too.
      const restored = makeWindow(join(work, 'ud'), work);
      restored.queues.open.push(join(work, 'Ny.docx'));
      expect((await restored.handlers['file:open']({})).status).toBe('restored');
      const checkDocx = await unchanged(join(work, 'Ny.docx'));
      for (const path of [join(work, 'Ny.docx'), join(work, '.', 'Ny'), `${work}/x/../Ny.docx`]) {
        restored.queues.save.push(path);
        expect(await restored.handlers['export:docx']({ application: app, draft: true }), path).toMatchObject({ status: 'error' });
      }
      await checkDocx();
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
