/** Jest runs the TypeScript tests through ts-jest; type errors are caught by `npm run typecheck` first. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/support/setup.ts'],
};
