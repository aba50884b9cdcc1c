import { defineConfig } from 'vitest/config';

// `npm run test:clients`: the client conformance scenarios (spec/clients/*.e2e.ts) — the AWS CLI v2,
// boto3, curl and R paws, each a child process against `npm run serve` started from source. Slow
// (real processes, the CLI's 10 s waiter), so not part of `npm test`; .ci/run runs it after `npm test`
// and counts its report.
export default defineConfig({
  test: {
    include: ['spec/clients/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 90_000,
    // Each file starts its own endpoint; two at a time on the 2-core machines.
    maxWorkers: 2,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-clients-report.json' },
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
