import { dirname, relative, resolve } from 'node:path';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeBuiltins = { group: ['node:*'], message: 'This layer runs in the browser or is pure: no Node built-ins.' };

/**
 * The layers of the main-process side (architecture.md rule 6), outermost first: each may
 * import only the layers after it (and its own). Files outside these patterns (renderer,
 * tests, config) are not layered here.
 */
const LAYERS = [
  ['transport', /^electron\/(main|preload|data-process|session)\/|^electron\/(web-host|start|app-paths|electron-binary|window-security|data-folder-lock)\.ts$/],
  ['dispatch', /^electron\/dispatch\.ts$/],
  ['handlers', /^electron\/handlers\.ts$/],
  ['services', /^electron\/services\//],
  ['documents and report writers', /^electron\/(documents|reports)\//],
  ['db', /^db\/|^electron\/app-log\.ts$/],
  ['shared', /^shared\//],
];
const layerOf = (file) => LAYERS.findIndex(([, pattern]) => pattern.test(file));

const layersRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename).split('\\').join('/');
    const own = layerOf(file);
    if (own < 0) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.filename), spec)).split('\\').join('/');
      const layer = [target, `${target}.ts`, `${target}/index.ts`].map(layerOf).find((l) => l >= 0) ?? -1;
      if (layer >= 0 && layer < own) {
        context.report({ node, message: `${LAYERS[own][0]} (${file}) may not import ${LAYERS[layer][0]} (${target}): a layer imports only the layers after it (architecture.md rule 6).` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

/** Import boundaries between the layers (design/architecture.md); a violation fails `npm test`. */
export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'reports/**', 'test-results/**', 'db/migrations/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronOnlyInShell, { name: 'better-sqlite3', message: 'The renderer talks to data only through src/api.ts.' }],
        patterns: [
          nodeBuiltins,
          { group: ['**/electron/**', '**/db/**', 'drizzle-orm', 'drizzle-orm/*'], message: 'The renderer never imports electron/ or db/: use src/api.ts.' },
        ],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronOnlyInShell, { name: 'react', message: 'shared/ is the pure contract.' }, { name: 'react-dom', message: 'shared/ is the pure contract.' }],
        patterns: [nodeBuiltins, { group: ['**/electron/**', '**/db/**', '**/renderer/**'], message: 'shared/ imports nothing but zod and pure helpers.' }],
      }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronOnlyInShell],
        patterns: [{ group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'], message: 'db/ depends only on shared/.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [{ group: ['**/renderer/**'], message: 'Services never import the renderer.' }] }],
    },
  },
  {
    files: ['electron/**/*.ts', 'db/**/*.ts', 'shared/**/*.ts'],
    plugins: { local: { rules: { layers: layersRule } }, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'local/layers': 'error', 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
