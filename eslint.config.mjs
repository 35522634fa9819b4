import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.data/', 'devTools/', 'test-output/', 'scripts/mongo-java-server/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Services hold the domain and must not reach into the Teams layer or the environment (conventions.md).
      'no-restricted-imports': 'off',
    },
  },
  {
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
);
