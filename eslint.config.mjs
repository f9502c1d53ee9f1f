// The lint `npm test` runs first (`npm run lint`). Every rule is an error: a warning nobody reads is a rule that
// does not hold. Layering: scripts/eslint-layering.mjs; its probes: tests/unit/lint/.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import simLayering from './scripts/eslint-layering.mjs';

const es = new Set(Object.keys(globals.es2025));
const node = new Set(Object.keys(globals.node));
const browser = new Set(Object.keys(globals.browser));
// What only a DOM has, and what only Node has (process, Buffer, require…); what both have (URL, TextEncoder,
// setTimeout, console) is fine in shared/.
const domOnly = [...browser].filter((k) => !node.has(k) && !es.has(k));
const nodeOnly = [...node].filter((k) => !browser.has(k) && !es.has(k));
const restricted = (names, why) => names.map((name) => ({ name, message: why }));

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'tests/.artifacts/**', '**/*.d.ts', '**/*.d.mts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { sim: simLayering },
    rules: {
      'sim/layering': 'error',
      // Control characters in patterns are the point where they occur: XML forbids them, file names must not carry them.
      'no-control-regex': 'off',
      // `let x!: T` assigned once after a closure that reads it is the way to tie a knot; const cannot.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // `_`-prefixed names say "unused on purpose" (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Type-aware where it pays: a promise nobody awaits (an IPC call, a file write) loses its error silently.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The static page the browser tests serve runs in Chromium.
    files: ['tests/e2e/harness-page/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests hand wrong shapes to the code on purpose.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests wait for events, never for time (issue 15, item 7); benchmarks measure time and are not tests.
    files: ['tests/**'],
    ignores: ['tests/bench/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'waitForTimeout', message: 'Wait for what the page shows (tests/e2e/settled.ts), never for time.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Known places the React Compiler's rules flag, left to the owners of these features to rewrite (issue 15's
    // note lists them): warnings here, so they show in the editor, and errors everywhere else. Shrink this list.
    files: [
      'renderer/src/shell/StartScreen.tsx',
      'renderer/src/shell/UndoToast.tsx',
      'renderer/src/shell/Wizard.tsx',
      'renderer/src/steps/budget/LineGrid.tsx',
      'renderer/src/steps/budget/index.tsx',
    ],
    rules: { 'react-hooks/refs': 'warn', 'react-hooks/set-state-in-effect': 'warn', 'react-hooks/static-components': 'warn' },
  },
  {
    // shared/ runs in main, the CLI and the renderer: neither a DOM nor Node's globals may be assumed.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...restricted(domOnly, 'shared/ runs in main and the CLI too: no DOM globals here.'),
        ...restricted(nodeOnly, 'shared/ runs in the renderer too: no Node globals here.'),
      ],
    },
  },
);
