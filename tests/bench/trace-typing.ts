/**
 * Where a keystroke's frame goes, per kind of field of the stress fixture: a Chromium trace (CDP Tracing) of a few
 * keys in each field, summed per key: style recalculation (and how many elements it touched), layout (and how many
 * objects it had to lay out), pre-paint, paint, and script. A diagnostic, not a test: build first
 * (`npx electron-vite build`), then `npx tsx tests/bench/trace-typing.ts [field-name-part]` ("report" for the stress
 * follow-up's final report).
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { startApp } from '../e2e/harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STRESS = join(ROOT, 'tests', 'fixtures', 'stress.simansokan');
const FOLLOWUP = join(ROOT, 'tests', 'fixtures', 'followup-stress.simansokan');
const KEYS = 'abcdefghij';

/** `part` marks a field of the stress follow-up's final report (tests/fixtures/followup-stress.simansokan). */
type Field = { name: string; step: RegExp; selector: string; digits?: boolean; part?: boolean };
const FINAL = 6;
const FIELDS: Field[] = [
  { name: 'project title', step: /^Projekt ?,/, selector: '#f-project-title' },
  { name: 'needs analysis', step: /^Behovsanalys ?,/, selector: '#f-needs-need' },
  { name: 'activity 31', step: /^Aktiviteter ?,/, selector: '#f-activities-30-name' },
  { name: 'children reached', step: /^Målgrupp ?,/, selector: '#f-targetGroup-childrenReached', digits: true },
  { name: 'budget amount', step: /^Budget ?,/, selector: '#f-budget-costLines-75-amounts-1', digits: true },
  { name: 'budget description', step: /^Budget ?,/, selector: '#f-budget-costLines-75-description' },
  { name: 'financing amount', step: /^Budget ?,/, selector: '#f-budget-financingLines-1-amounts-0', digits: true },
  { name: 'report indicator value', part: true, step: /^Indikatorer/, selector: `#f-lifecycle-reports-${FINAL}-indicators-20-values-0-value`, digits: true },
  { name: 'report indicator source', part: true, step: /^Indikatorer/, selector: `#f-lifecycle-reports-${FINAL}-indicators-20-values-0-source` },
  { name: 'report outcome cell', part: true, step: /^Kostnader/, selector: `#f-lifecycle-reports-${FINAL}-outcomes-150-amounts-1`, digits: true },
  { name: 'report activity comment', part: true, step: /^Aktiviteter/, selector: `#f-lifecycle-reports-${FINAL}-activities-30-comment` },
  { name: 'report deviation', part: true, step: /^Avvikelser/, selector: `#f-lifecycle-reports-${FINAL}-deviations-0-explanation` },
  { name: 'report children', part: true, step: /^Barns/, selector: `#f-lifecycle-reports-${FINAL}-children-participation` },
];

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; args?: Record<string, any> };

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'benchmark', 'v8.execute', 'toplevel', 'disabled-by-default-v8.gc', 'input', 'latencyInfo', 'renderer.scheduler', 'gpu', 'viz'] },
  });
  await run();
  const done = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e) => ok(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return (Array.isArray(parsed) ? parsed : parsed.traceEvents) as TraceEvent[];
}

async function typeKeys(page: Page, _selector: string, keys: string) {
  for (const k of keys) {
    // The focused field takes the key: a locator would first query the page, which a profile would count as the app's.
    await page.keyboard.press(k);
    await page.evaluate(() => new Promise((ok) => (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame(() => setTimeout(ok, 0))));
  }
}

function summarise(events: TraceEvent[], keys: number) {
  // The renderer's main thread: where the keydown was dispatched.
  const main = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')?.tid;
  const on = events.filter((e) => e.tid === main && e.ph === 'X');
  const sum = (name: string) => on.filter((e) => e.name === name).reduce((a, e) => a + (e.dur ?? 0), 0) / 1000 / keys;
  const style = on.filter((e) => e.name === 'UpdateLayoutTree');
  const layouts = on.filter((e) => e.name === 'Layout');
  const biggest = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  return {
    styleMsPerKey: round(sum('UpdateLayoutTree')),
    styleRecalcs: style.length,
    maxStyleElements: biggest(style.map((e) => e.args?.elementCount ?? 0)),
    layoutMsPerKey: round(sum('Layout')),
    layouts: layouts.length,
    maxDirtyObjects: biggest(layouts.map((e) => e.args?.beginData?.dirtyObjects ?? 0)),
    totalObjects: biggest(layouts.map((e) => e.args?.beginData?.totalObjects ?? 0)),
    prePaintMsPerKey: round(sum('PrePaint')),
    paintMsPerKey: round(sum('Paint')),
    layerizeMsPerKey: round(sum('Layerize')),
    commitMsPerKey: round(sum('Commit')),
    scriptMsPerKey: round(sum('EventDispatch') + sum('FunctionCall') + sum('TimerFire')),
    hitTestMsPerKey: round(sum('HitTest')),
    vizDraws: events.filter((e) => e.name === 'DirectRenderer::DrawFrame').length,
    renderPassesPerDraw: round(events.filter((e) => e.name === 'DirectRenderer::DrawRenderPass').length / Math.max(1, events.filter((e) => e.name === 'DirectRenderer::DrawFrame').length)),
    vizDrawCpuMsPerKey: round(events.filter((e) => e.name === 'DirectRenderer::DrawFrame').reduce((a, e) => a + ((e as any).tdur ?? 0), 0) / 1000 / keys),
    mainCpuMsPerKey: round(threadCpu(events, main) / 1000 / keys),
    vizDrawMsPerKey: round(events.filter((e) => e.name === 'DirectRenderer::DrawFrame').reduce((a, e) => a + (e.dur ?? 0), 0) / 1000 / keys),
    rasterMsPerKey: round(events.filter((e) => e.name === 'RasterTask' || e.name === 'TileTaskManager::RunTask').reduce((a, e) => a + (e.dur ?? 0), 0) / 1000 / keys),
  };
}
/** Busy time per key on each thread (top-level slices only), to see work off the main thread (raster, compositing). */
function byThread(events: TraceEvent[], keys: number) {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${(e as any).pid}:${e.tid}`, e.args?.name);
  const busy = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const e of [...events].filter((x) => x.ph === 'X' && x.dur !== undefined).sort((a, b) => a.ts - b.ts)) {
    const k = `${(e as any).pid}:${e.tid}`;
    if ((ends.get(k) ?? 0) > e.ts) continue;
    ends.set(k, e.ts + e.dur!);
    busy.set(k, (busy.get(k) ?? 0) + e.dur!);
  }
  return [...busy.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `  ${names.get(k) ?? k}: ${round(v / 1000 / keys)} ms/key`).join('\n');
}

/** Time per key in each top-level main-thread event (not nested in another), and the biggest nested kinds. */
function topLevel(events: TraceEvent[], keys: number) {
  const thread = process.env.TRACE_THREAD;
  const named = thread ? events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === thread)?.tid : undefined;
  const main = named ?? events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')?.tid;
  const on = events.filter((e) => e.tid === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of on) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const name = e.name === 'EventDispatch' ? `EventDispatch:${e.args?.data?.type}` : e.name;
    incl.set(name, (incl.get(name) ?? 0) + e.dur!);
    self.set(name, (self.get(name) ?? 0) + e.dur!);
    if (parent) {
      const pn = parent.name === 'EventDispatch' ? `EventDispatch:${parent.args?.data?.type}` : parent.name;
      self.set(pn, (self.get(pn) ?? 0) - e.dur!);
    }
    stack.push(e);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, v]) => `  ${n}: self ${round(v / 1000 / keys)} incl ${round(incl.get(n)! / 1000 / keys)}`).join('\n');
}
/** Self time per key of the page's hottest functions in a CPU profile, and of what calls them. */
function hotFunctions(profile: any, keys: number): string {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const dt: number[] = profile.timeDeltas;
  profile.samples.forEach((id: number, i: number) => {
    const d = (dt[i + 1] ?? 0) / 1000;
    const n = byId.get(id);
    self.set(name(n), (self.get(name(n)) ?? 0) + d);
    const seen = new Set<string>();
    for (let k: number | undefined = id; k !== undefined; k = parent.get(k)) {
      const nm = name(byId.get(k));
      if (seen.has(nm)) continue;
      seen.add(nm);
      total.set(nm, (total.get(nm) ?? 0) + d);
    }
  });
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TRACE_TOP_N ?? 30)).map(([k, v]) => `    ${round(v / keys)} ${k}`).join('\n');
  return `  self ms/key:\n${top(self)}\n  total ms/key:\n${top(total)}`;
}

/** CPU time (not wall time: the machine is shared) of a thread's top-level slices. */
function threadCpu(events: TraceEvent[], tid: number | undefined): number {
  let end = 0;
  let cpu = 0;
  for (const e of events.filter((x) => x.tid === tid && x.ph === 'X' && (x as any).tdur !== undefined).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    cpu += (e as any).tdur;
  }
  return cpu;
}
const round = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const only = process.argv[2];
  const h = await startApp(process.env.RENDERER_DIR ? { rendererDir: process.env.RENDERER_DIR } : {});
  try {
    const fields = FIELDS.filter((x) => !only || x.name.includes(only));
    // One fixture per run: the follow-up's when every chosen field is a report part's.
    const report = fields.every((f) => f.part);
    const chosen = fields.filter((f) => !!f.part === report);
    const path = join(h.workDir, report ? 'followup-stress.simansokan' : 'stress.simansokan');
    await copyFile(report ? FOLLOWUP : STRESS, path);
    h.grantFromOs(path);
    await h.page.getByRole('button', { name: 'Ny ansökan' }).waitFor();
    await h.sendMainEvent({ type: 'menu', command: { openRecent: path } });
    if (report) {
      await h.page.getByTestId('lifecycle-nav').getByRole('button', { name: /Slutrapport/ }).click();
      await h.page.getByTestId('report-view').waitFor();
    } else await h.page.locator('#f-parties-0-organisation').waitFor();
    const cdp = await h.page.context().newCDPSession(h.page);
    // An experiment: extra CSS for the page (e.g. TRACE_CSS='textarea { overflow: hidden }').
    if (process.env.TRACE_CSS) await h.page.addStyleTag({ content: process.env.TRACE_CSS });
    for (const f of chosen) {
      await (f.part ? h.page.locator('.report-steps') : h.page).getByRole('button', { name: f.step }).click();
      const field = h.page.locator(f.selector);
      await field.waitFor();
      await field.scrollIntoViewIfNeeded();
      await field.focus();
      // An amount is replaced, as the benchmark does (a grid cell selects its value on focus).
      if (f.digits) await field.selectText();
      else await h.page.keyboard.press('End');
      const keys = f.digits ? '1234567890' : KEYS;
      await typeKeys(h.page, f.selector, keys.slice(0, 3));
      const painted: { layerId: string; clip: { x: number; y: number; width: number; height: number } }[] = [];
      const onPaint = (e: any) => painted.push(e);
      if (process.env.TRACE_LAYERS) {
        await cdp.send('LayerTree.enable');
        cdp.on('LayerTree.layerPainted', onPaint);
      }
      if (process.env.TRACE_MUTATIONS) {
        // Which elements a keystroke changes, outside the field typed in: each is style, layout and paint work.
        await h.page.evaluate((sel) => {
          const w = globalThis as any;
          const field = w.document.querySelector(sel);
          w.__mut = [];
          w.__mo = new w.MutationObserver((list: any[]) => {
            for (const m of list) {
              const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
              if (field && (el === field || field.contains(el))) continue;
              w.__mut.push(`${m.type}${m.attributeName ? `:${m.attributeName}` : ''} ${el?.tagName?.toLowerCase()}.${(el?.className ?? '').toString().split(' ')[0]}#${el?.id ?? ''}`);
            }
          });
          w.__mo.observe(w.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        }, f.selector);
        await typeKeys(h.page, f.selector, keys);
        const muts: string[] = await h.page.evaluate(() => { const w = globalThis as any; w.__mo.disconnect(); return w.__mut; });
        const counts = new Map<string, number>();
        for (const m of muts) counts.set(m, (counts.get(m) ?? 0) + 1);
        console.log('  mutations per key outside the field:', muts.length / keys.length, [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${v / keys.length}× ${k}`).join(' | '));
        for (let i = 0; i < keys.length; i++) await h.page.locator(f.selector).press('Backspace');
      }
      if (process.env.TRACE_PROFILE) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await typeKeys(h.page, f.selector, keys);
        const { profile } = await cdp.send('Profiler.stop');
        console.log(hotFunctions(profile, keys.length));
        for (let i = 0; i < keys.length; i++) await h.page.locator(f.selector).press('Backspace');
      }
      const events = await trace(cdp, () => typeKeys(h.page, f.selector, keys));
      if (process.env.TRACE_LAYERS) {
        cdp.off('LayerTree.layerPainted', onPaint);
        const { layers } = (await new Promise<any>((ok) => { cdp.once('LayerTree.layerTreeDidChange', ok); void cdp.send('LayerTree.disable').then(() => cdp.send('LayerTree.enable')); })) ?? {};
        for (const l of (layers ?? []).filter((x: any) => x.drawsContent && x.width * x.height > 1000)) {
          const r = await cdp.send('LayerTree.compositingReasons', { layerId: l.layerId }).catch(() => null);
          const node = l.backendNodeId ? await cdp.send('DOM.describeNode', { backendNodeId: l.backendNodeId }).catch(() => null) : null;
          const n = node?.node as any;
          console.log('   ', l.layerId, `${l.width}x${l.height}`, 'parent', l.parentLayerId, n ? `${n.localName}.${(n.attributes ?? []).join('=')}` : '-', r?.compositingReasonIds?.join(','));
        }
        await cdp.send('LayerTree.disable');
        const areas = new Map<string, number>();
        for (const p of painted) areas.set(p.layerId, (areas.get(p.layerId) ?? 0) + p.clip.width * p.clip.height / keys.length);
        console.log('  layers:', (layers ?? []).length, 'painted per key:', [...areas.entries()].map(([id, a]) => {
          const l = (layers ?? []).find((x: any) => x.layerId === id);
          return `${id} ${l ? `${l.width}x${l.height}` : '?'} ${Math.round(a)}px²`;
        }).join('; '));
        console.log('  big layers:', (layers ?? []).filter((l: any) => l.drawsContent).map((l: any) => `${l.layerId}:${l.width}x${l.height}@${l.offsetX},${l.offsetY}`).join(' '));
      }
      console.log(f.name, JSON.stringify(summarise(events, keys.length)));
      if (process.env.TRACE_DUMP) (await import('node:fs')).writeFileSync(process.env.TRACE_DUMP, JSON.stringify(events));
      if (process.env.TRACE_TOP) console.log(topLevel(events, keys.length));
      if (process.env.TRACE_THREADS) console.log(byThread(events, keys.length));
      for (let i = 0; i < keys.length + 3; i++) await h.page.locator(f.selector).press('Backspace');
    }
  } finally {
    await h.close();
  }
}

void main();
