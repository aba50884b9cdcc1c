// Jest runs the matcher specs of spec/matchers/jest against src, registered through the
// kinesis-sse-harness/jest entry (src/jest.ts). spec/matchers/jest.spec.ts runs it from vitest, so its
// results count in the suite's report.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/spec/matchers/jest/**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/spec/matchers/jest/esbuild-transform.cjs' },
  moduleNameMapper: {
    '^kinesis-sse-harness$': '<rootDir>/src/index.ts',
    '^kinesis-sse-harness/(fast-check|matchers)$': '<rootDir>/src/$1/index.ts',
    '^kinesis-sse-harness/(vitest|jest)$': '<rootDir>/src/$1.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/src/jest.ts'],
  // The root node_modules and dist hold no specs; keep jest's file crawler out of them.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'],
};
