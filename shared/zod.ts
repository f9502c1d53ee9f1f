import { config } from 'zod';

/**
 * zod, configured once for every schema in the app. Every schema imports zod from here (`import * as z from
 * '../zod'`), never from 'zod', so this runs before any schema exists, whatever order a bundler evaluates its chunks in.
 *
 * jitless: zod otherwise compiles fast parsers with `new Function` and, before that, probes whether eval is allowed;
 * the renderer's CSP forbids eval (no 'unsafe-eval'), and even the probe files a CSP violation. Parsing without the
 * compiled fast path is still well within the budgets (see tests/bench/model.bench.ts).
 *
 * A namespace import of the named exports (not zod's `z` object) lets the bundler leave out what the app never uses,
 * such as zod's error messages in fifty languages: a third of the CLI's code, and of its start-up time.
 */
config({ jitless: true });

export * from 'zod';
