import { z } from 'zod';

/**
 * zod, configured once for every schema in the app. Every schema imports `z` from here, never from 'zod', so this
 * runs before any schema exists, whatever order a bundler evaluates its chunks in.
 *
 * jitless: zod otherwise compiles fast parsers with `new Function` and, before that, probes whether eval is allowed;
 * the renderer's CSP forbids eval (no 'unsafe-eval'), and even the probe files a CSP violation. Parsing without the
 * compiled fast path is still well within the budgets (see tests/bench/model.bench.ts).
 */
z.config({ jitless: true });

export { z };
