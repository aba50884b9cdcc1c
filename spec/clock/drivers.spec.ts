import { DescribeStreamSummaryCommand, KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import FakeTimers from '@sinonjs/fake-timers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorld, fromFakeTimers, mockKinesis, virtualClock, type World } from '../../src/index';

async function statusAfterStart(world: World, advance: (ms: number) => Promise<void> | void): Promise<string[]> {
  const stub = mockKinesis(world);
  try {
    world.kinesis.createStream('s', { active: true });
    const client = new KinesisClient({ region: 'us-east-1' });
    const status = async (): Promise<string> =>
      (await client.send(new DescribeStreamSummaryCommand({ StreamName: 's' }))).StreamDescriptionSummary!.StreamStatus!;
    await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const seen = [await status()];
    await advance(4_999);
    seen.push(await status());
    await advance(1);
    seen.push(await status());
    return seen;
  } finally {
    stub.restore();
  }
}

const EXPECTED = ['UPDATING', 'UPDATING', 'ACTIVE'];
const opts = { kinesis: { durations: { updating: 5_000 } } } as const;

describe('what drives the world', () => {
  afterEach(() => vi.useRealTimers());

  it('vitest fake timers (the default global clock)', async () => {
    vi.useFakeTimers();
    expect(await statusAfterStart(createWorld(opts), (ms) => vi.advanceTimersByTimeAsync(ms).then(() => undefined))).toEqual(EXPECTED);
  });

  it('vi.setSystemTime alone (no timers)', async () => {
    vi.useFakeTimers({ now: 0 });
    expect(await statusAfterStart(createWorld(opts), (ms) => void vi.setSystemTime(Date.now() + ms))).toEqual(EXPECTED);
  });

  it('an installed @sinonjs/fake-timers clock', async () => {
    const clock = FakeTimers.install({ now: 1_000, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      expect(await statusAfterStart(createWorld(opts), (ms) => clock.tickAsync(ms).then(() => undefined))).toEqual(EXPECTED);
    } finally {
      clock.uninstall();
    }
  });

  it('a private @sinonjs/fake-timers clock given to the world, touching no globals', async () => {
    const clock = FakeTimers.createClock(0);
    const before = Date.now;
    expect(await statusAfterStart(createWorld({ ...opts, clock }), (ms) => void clock.tick(ms))).toEqual(EXPECTED);
    expect(await statusAfterStart(createWorld({ ...opts, clock: fromFakeTimers(clock) }), (ms) => void clock.tick(ms))).toEqual(EXPECTED);
    expect(Date.now).toBe(before);
  });

  it('a virtual clock', async () => {
    const clock = virtualClock(0);
    expect(await statusAfterStart(createWorld({ ...opts, clock }), (ms) => void clock.advance(ms))).toEqual(EXPECTED);
  });
});
