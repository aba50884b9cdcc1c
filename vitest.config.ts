import { defineConfig } from 'vitest/config';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

export default defineConfig({
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
