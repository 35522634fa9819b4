import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.data/',
      'devTools/',
      'test-output/',
      'scripts/mongo-java-server/',
      'manifest/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests poke at raw card JSON and activities; typing every card shape there buys nothing.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Services hold the domain: they never reach into the Teams layer, the cards or the environment (conventions.md).
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/bot/**', '**/cards/**', 'botbuilder*'] }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Pass configuration in; services never read process.env.',
        },
      ],
    },
  },
  {
    // Cards are pure view functions: no I/O, no Teams SDK.
    files: ['cards/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/services/storage/**', 'botbuilder*', 'mongodb'] }],
    },
  },
);
