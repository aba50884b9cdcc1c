import { defineConfig } from 'vitest/config';

// `npm run test:consumers`: the packed tarball installed into fresh projects (spec/package/consumers.e2e.ts).
// Slow (npm installs), so not part of `npm test`; .ci/run runs it after `npm test` and counts its report.
export default defineConfig({
  test: {
    include: ['spec/package/consumers.e2e.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 600_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-consumers-report.json' },
  },
});
