// Lint rules. The restricted-import rule keeps provider classes on deep paths: importing
// '@cdktf/provider-azurerm' from its root loads ~1,500 resource modules and makes synth ~8x slower.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'scratch/**', 'dist/**', 'cdktf.out/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: '@cdktf/provider-azurerm', message: 'Import the resource by deep path, e.g. @cdktf/provider-azurerm/lib/automation-account.' },
          { name: '@cdktf/provider-azuread', message: 'Import the resource by deep path, e.g. @cdktf/provider-azuread/lib/app-role-assignment.' },
        ],
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'eqeqeq': ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Tests read synthesized Terraform JSON, which has no static type.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
