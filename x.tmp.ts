import { writeFileSync, readFileSync } from 'node:fs';
import { buildDocx } from './shared/docx';
import { DEFAULT_PROGRAMME } from './shared/program';
import { workedExample } from './tests/unit/socio/example';
import { loadApplicationBytes } from './shared/model/load';
const now = new Date('2025-01-15T10:00:00Z');
(async () => {
  writeFileSync('/tmp/we.docx', await buildDocx(workedExample(), DEFAULT_PROGRAMME, { draft: false, now }));
  const r = loadApplicationBytes(readFileSync('tests/fixtures/complete.simansokan'));
  if (!r.ok) throw new Error();
  writeFileSync('/tmp/complete.docx', await buildDocx(r.application, DEFAULT_PROGRAMME, { draft: false, now }));
  const o = loadApplicationBytes(readFileSync('tests/fixtures/older/complete-v2.simansokan'));
  if (!o.ok) throw new Error();
  writeFileSync('/tmp/older.docx', await buildDocx(o.application, DEFAULT_PROGRAMME, { draft: true, now }));
})();
