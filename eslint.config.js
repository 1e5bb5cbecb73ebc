// `npm run lint`'s lint step. Formatting is Prettier's job (no style rules here); unused
// variables and imports are TypeScript's (tsconfig strictest, reported by astro check).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'content/',
    'tests/fixtures/',
    'tests/artifacts/',
    'dist',
    '.releases/',
    '.staging/',
    '.astro/',
    'reports/',
    'bench-results/',
    'test-results/',
    '.desk/',
    'src/lib/search/traditional-chars.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // U+3000 (全角空格) is deliberate in Chinese strings and comments; flag it only in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true, skipJSXText: true }],
      // Names starting with _ are deliberately unused (a destructured key dropped with ...rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Type-aware, for .ts only (typed linting of .astro is not supported): a promise nobody awaits
    // is a build step that may not have finished, or an error that nobody sees.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // An async event listener is fine: the browser ignores its return value either way.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
);
