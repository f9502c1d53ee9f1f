// The worker thread's entry in tests: electron/open-worker.ts as TypeScript, through tsx's require hook.
require('tsx/cjs');
require('../../../electron/open-worker.ts');
