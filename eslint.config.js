// Lint: typescript-eslint, React hooks, Prettier's formatting left to Prettier, and the walls
// between the project's parts (eslint-plugin-boundaries), which `npm run lint` enforces at zero
// warnings:
// - a client feature (client/src/features/<name>) imports no other feature; pages and the app
//   shell compose them;
// - server/shared/ (the vocabulary, date rule and API contracts both sides import) imports
//   nothing of the app but itself;
// - the client imports nothing from server/ but server/shared/;
// - server/graph/ (repository functions) does not import server/http/ or server/seed/ (seed
//   loads through graph, never the other way).
// And no literal text in the client's JSX (eslint-plugin-i18next): words on screen come from the
// catalogs in client/src/i18n/locales/; key names in <kbd> are the same in every language.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.neo4j/**', '.data/**', '.bench/**', '.scratch/**', 'test-results/**', 'seed/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests read arbitrary JSON answers.
    files: ['tests/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['server/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/include': ['server/**/*', 'client/src/**/*'],
      'boundaries/elements': [
        { type: 'shared', pattern: 'server/shared' },
        { type: 'server-graph', pattern: 'server/graph' },
        { type: 'server-http', pattern: 'server/http' },
        { type: 'server-seed', pattern: 'server/seed' },
        { type: 'server', pattern: 'server' },
        { type: 'feature', pattern: 'client/src/features/*', capture: ['name'] },
        { type: 'client', pattern: 'client/src' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'shared' } },
              disallow: { to: { element: { types: ['server-graph', 'server-http', 'server-seed', 'server', 'feature', 'client'] } } },
              message: 'server/shared imports nothing of the app',
            },
            {
              from: { element: { type: 'server-graph' } },
              disallow: { to: { element: { types: ['server-http', 'server-seed'] } } },
              message: 'server/graph must not import server/http or server/seed (inject what it needs)',
            },
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature', captured: { name: '!{{ from.element.captured.name }}' } } } },
              message: 'a feature does not import another feature; move the shared part to components/ or lib/',
            },
            {
              from: { element: { types: ['feature', 'client'] } },
              disallow: { to: { element: { types: ['server-graph', 'server-http', 'server-seed', 'server'] } } },
              message: 'the client imports only server/shared from the server',
            },
          ],
        },
      ],
    },
  },
  {
    // Text between JSX tags must come from t(); attributes and code are left to review.
    files: ['client/src/**/*.tsx'],
    ignores: ['client/src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only', 'jsx-components': { exclude: ['Trans', 'kbd'] } }],
    },
  },
  prettier,
);
