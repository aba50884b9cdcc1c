import { describe, expect, it } from 'vitest';
import { loadSdk } from '../../src/sdk/load';

describe('loadSdk', () => {
  it('loads the very package the test imports (same classes)', async () => {
    const K = await import('@aws-sdk/client-kinesis');
    const loaded = loadSdk('@aws-sdk/client-kinesis', 'mockKinesis');
    expect(loaded['KinesisClient']).toBe(K.KinesisClient);
    expect(loaded['ResourceInUseException']).toBe(K.ResourceInUseException);
  });

  it('names a package that is not installed and how to install it', () => {
    expect(() => loadSdk('@aws-sdk/client-not-there' as never, 'mockNothing')).toThrow(
      '[kinesis-sse-harness] mockNothing needs @aws-sdk/client-not-there; install it next to kinesis-sse-harness: npm install --save-dev @aws-sdk/client-not-there',
    );
  });
});
