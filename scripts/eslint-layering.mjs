// The process layering (DESIGN.md) as an ESLint rule, so a wrong import is marked in the editor as it is typed and
// not only when tests/unit/boundaries.test.ts runs. Specifiers are resolved against the importing file, so
// `../../electron/x` from renderer/ is caught however deep the file sits, and nothing outside the tree is misread.
import { isBuiltin } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages that need Node, Electron or a DOM, and so have no place in shared/ (which both processes run). */
export const NOT_IN_SHARED = [
  'electron',
  'react',
  'react-dom',
  'react-i18next',
  'zustand',
  'jsdom',
  'playwright-core',
  'write-file-atomic',
  'proper-lockfile',
  'electron-vite',
  'electron-builder',
  'vite',
  'vitest',
  'esbuild',
  'tsx',
];
/** Packages that need Node or Electron, and so cannot run in the sandboxed renderer. */
export const NOT_IN_RENDERER = ['electron', 'jsdom', 'playwright-core', 'write-file-atomic', 'proper-lockfile'];
/** Feature folders of the renderer: the store and the i18n layer sit below them and never reach up. */
const FEATURES = ['steps', 'shell', 'coowners', 'lifecycle'];
const SHIPPED = ['shared', 'electron', 'renderer', 'scripts'];

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** Path segments of `abs` below the repository root, or null when it lies outside. */
function segments(abs) {
  const rel = relative(ROOT, abs);
  if (rel === '' || rel.split(sep)[0] === '..' || resolve(ROOT, rel) !== abs) return null;
  return rel.split(sep);
}

/** What is wrong with importing `spec` from the file at `file`: [messageId, data] or null. */
export function layeringProblem(file, spec) {
  const from = segments(resolve(file));
  if (!from || !SHIPPED.includes(from[0])) return null;
  const area = from[0];
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const to = segments(resolve(dirname(resolve(file)), spec));
    if (!to) return null;
    if (to[0] === 'tests') return ['tests', { area, spec }];
    if (area === 'shared' && ['electron', 'renderer', 'scripts'].includes(to[0])) return ['sharedArea', { target: to[0], spec }];
    if (area === 'renderer' && to[0] === 'electron') return ['rendererElectron', { spec }];
    if (area === 'electron' && to[0] === 'renderer') return ['electronRenderer', { spec }];
    const layer = from[1] === 'src' && ['store', 'i18n'].includes(from[2]) ? from[2] : null;
    if (layer && to[0] === 'renderer' && to[1] === 'src' && FEATURES.includes(to[2])) {
      return ['feature', { layer, feature: to[2], spec }];
    }
    return null;
  }
  const node = spec.startsWith('node:') || isBuiltin(spec) || isBuiltin(packageName(spec));
  if (area === 'shared' && node) return ['sharedNode', { spec }];
  if (area === 'shared' && NOT_IN_SHARED.includes(packageName(spec))) return ['sharedPackage', { spec }];
  if (area === 'renderer' && node) return ['rendererNode', { spec }];
  if (area === 'renderer' && NOT_IN_RENDERER.includes(packageName(spec))) return ['rendererPackage', { spec }];
  return null;
}

const literal = (node) => (node && node.type === 'Literal' && typeof node.value === 'string' ? node : null);

export const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point inward: renderer → shared, electron → shared; store and i18n below the features.' },
    schema: [],
    messages: {
      tests: '{{area}}/ is shipped and must not import from tests/ ({{spec}}).',
      sharedArea: 'shared/ runs in both processes and must not import {{target}}/ ({{spec}}).',
      sharedNode: 'shared/ runs in the renderer too and must not import the Node module {{spec}}.',
      sharedPackage: 'shared/ must not import {{spec}}: it needs Node, Electron or a DOM.',
      rendererElectron: 'The renderer must not import electron/ ({{spec}}); it talks to main through the preload API.',
      rendererNode: 'The renderer is sandboxed and must not import the Node module {{spec}}.',
      rendererPackage: 'The renderer is sandboxed and must not import {{spec}}; main does that work.',
      electronRenderer: 'electron/ must not import renderer/ ({{spec}}).',
      feature: 'renderer/src/{{layer}} sits below the features and must not import renderer/src/{{feature}} ({{spec}}).',
    },
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const check = (source) => {
      const node = literal(source);
      if (!node) return;
      const problem = layeringProblem(file, node.value);
      if (problem) context.report({ node, messageId: problem[0], data: problem[1] });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      TSImportEqualsDeclaration: (n) => check(n.moduleReference?.expression),
      // `import('x').T` in a type: typescript-eslint 8 names it `argument` (a literal type), later `source`.
      TSImportType: (n) => check(n.source ?? n.argument?.literal),
      CallExpression: (n) => {
        if (n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length === 1) check(n.arguments[0]);
      },
    };
  },
};

export default { meta: { name: 'sim-layering' }, rules: { layering } };
