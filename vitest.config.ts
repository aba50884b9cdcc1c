import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export default defineConfig({
  resolve: {
    // Docs, examples and specs import the package by its published name.
    alias: [
      { find: /^kinesis-sse-harness\/fast-check$/, replacement: src('fast-check/index.ts') },
      { find: /^kinesis-sse-harness\/matchers$/, replacement: src('matchers/index.ts') },
      { find: /^kinesis-sse-harness\/vitest$/, replacement: src('vitest.ts') },
      { find: /^kinesis-sse-harness\/jest$/, replacement: src('jest.ts') },
      { find: /^kinesis-sse-harness\/server$/, replacement: src('server/index.ts') },
      { find: /^kinesis-sse-harness$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['spec/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-report.json' },
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
