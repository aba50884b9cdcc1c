import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['kinesis-sse-harness/vitest'],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
