import { z } from 'zod';

/**
 * zod compiles fast parsers with `new Function`, which the CSP (no 'unsafe-eval') forbids; even its probe
 * for eval support files a CSP violation. Imported first in main.tsx so no schema is parsed before this.
 */
z.config({ jitless: true });
