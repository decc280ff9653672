import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeBuiltins = { group: ['node:*'], message: 'This layer runs in the browser or is pure: no Node built-ins.' };

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
);
