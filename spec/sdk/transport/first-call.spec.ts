// The first-call trap (wire-protocol.md §6): a client's first send() would read ~/.aws/config and
// ~/.aws/credentials with real I/O before reaching the handler, which fake timers do not drive. Under
// mockKinesis(world, { transport: true }) nothing is read from files, so one advance is enough.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis, requestHandler, type KinesisStub } from '../../../src/index';

const T0 = Date.UTC(2026, 0, 1);
const saved = { config: process.env['AWS_CONFIG_FILE'], credentials: process.env['AWS_SHARED_CREDENTIALS_FILE'], region: process.env['AWS_REGION'] };

/** Config files that would change the answer: another region, one attempt, a profile's keys. Fresh paths, so no process cache holds them. */
function writeConfigFiles(): void {
  const dir = mkdtempSync(join(tmpdir(), 'ksh-first-call-'));
  const config = join(dir, 'config');
  const credentials = join(dir, 'credentials');
  writeFileSync(config, '[default]\nregion = eu-west-1\nmax_attempts = 1\n');
  writeFileSync(credentials, '[default]\naws_access_key_id = AKIDFROMFILE\naws_secret_access_key = secretfromfile\n');
  process.env['AWS_CONFIG_FILE'] = config;
  process.env['AWS_SHARED_CREDENTIALS_FILE'] = credentials;
}

function settled(promise: Promise<unknown>): { done: boolean } {
  const state = { done: false };
  promise.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  return state;
}

let stub: KinesisStub | undefined;

beforeEach(() => {
  delete process.env['AWS_REGION'];
  writeConfigFiles();
  vi.useFakeTimers({ now: T0 });
});

afterEach(() => {
  stub?.restore();
  stub = undefined;
  vi.useRealTimers();
  for (const [key, value] of [
    ['AWS_CONFIG_FILE', saved.config],
    ['AWS_SHARED_CREDENTIALS_FILE', saved.credentials],
    ['AWS_REGION', saved.region],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('the first call of a client under fake timers', () => {
  it('reaches the world after one advance under mockKinesis(world, { transport: true }), with the world region and no file read', async () => {
    const world = createWorld({ seed: 1, region: 'us-east-1' });
    stub = mockKinesis(world, { transport: true });
    const client = new KinesisClient({});
    const sent = client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    const state = settled(sent);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(true);
    const out = await sent;
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    // The world's region (us-east-1), not the config file's eu-west-1.
    expect(world.trace[0]).toMatchObject({ kind: 'call', operation: 'CreateStream', region: 'us-east-1', attempt: 1 });
    // Static fake credentials signed the request, not the file's.
    const summary = await client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(summary.StreamDescriptionSummary?.StreamName).toBe('orders');
  });

  it('keeps what the constructor set: its region and its maxAttempts', async () => {
    const world = createWorld({ seed: 1, region: 'us-east-1' });
    stub = mockKinesis(world, { transport: true });
    const client = new KinesisClient({ region: 'ap-southeast-2', maxAttempts: 2 });
    const sent = client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    await vi.advanceTimersByTimeAsync(1);
    await sent;
    expect(world.trace[0]).toMatchObject({ region: 'ap-southeast-2' });
    expect(await client.config.maxAttempts()).toBe(2);
  });

  it('hangs without the mock (the trap is real): a bare requestHandler client reads the files first', async () => {
    const world = createWorld({ seed: 1, region: 'us-east-1' });
    const client = new KinesisClient({ requestHandler: requestHandler(world) });
    const sent = client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    const state = settled(sent);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.done).toBe(false);
    vi.useRealTimers();
    await sent;
    // The config file's region: what the files would have changed.
    expect(world.trace[0]).toMatchObject({ operation: 'CreateStream', region: 'eu-west-1' });
  });
});
