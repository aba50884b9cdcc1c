import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand, ResourceNotFoundException } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/vitest';
import { createWorld, formatTimeline, mockKinesis, virtualClock, type World } from '../../src/index';
import { BINDINGS } from '../../fixtures/bindings';

// Issue 14.2 and 14.6: the trace, the timeline and the matchers say where a call went when it went to
// another region than the world's, and mark the calls the world's rules did not answer.

const T0 = Date.UTC(2026, 0, 1);
const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((u) => u()));

function strip(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

describe.each(BINDINGS)('a call to another region than the world\'s [%s]', (binding) => {
  it("keeps AWS's text, and the trace, the timeline and the matcher message name the region it went to", async () => {
    const world: World = createWorld({ clock: virtualClock(T0) });
    world.kinesis.createStream('orders');
    const stub = mockKinesis(world, { transport: binding === 'transport' });
    undo.push(() => stub.restore());
    const client = new KinesisClient({ region: 'eu-west-1', maxAttempts: 1 });
    const e = await client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResourceNotFoundException);
    expect((e as Error).message).toBe('Stream orders under account 123456789012 not found.');
    expect(world.trace.at(-1)).toMatchObject({ kind: 'call', operation: 'DescribeStreamSummary', region: 'eu-west-1' });

    const timeline = formatTimeline(world.trace, { region: world.region });
    expect(timeline.split('\n').at(-1)).toMatch(/kinesis DescribeStreamSummary \{StreamName: "orders"\} → ✗ ResourceNotFoundException: Stream orders under account 123456789012 not found\.( {2}\(attempt 1\))? {2}\[eu-west-1\]$/);
    // Without the world's region, nothing is marked (and a call in the world's region never is).
    expect(formatTimeline(world.trace)).not.toContain('[eu-west-1]');
    await new KinesisClient({ region: 'us-east-1', maxAttempts: 1 }).send(new ListStreamsCommand({}));
    expect(formatTimeline(world.trace, { region: world.region }).split('\n').at(-1)).not.toMatch(/\[us-east-1\]|\[eu-west-1\]/);

    let message = '';
    try {
      expect(world).toHaveStreamStatus('orders', 'UPDATING');
    } catch (x) {
      message = strip((x as Error).message);
    }
    expect(message).toContain("Region: the call went to eu-west-1, the world's streams are in us-east-1.");
    expect(message).toMatch(/DescribeStreamSummary .*\[eu-west-1\]/);
  });
});

describe('a matcher with no call elsewhere says nothing of regions', () => {
  it('omits the Region line', async () => {
    const world = createWorld({ clock: virtualClock(T0) });
    world.kinesis.createStream('orders');
    const stub = mockKinesis(world);
    undo.push(() => stub.restore());
    await new KinesisClient({}).send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    let message = '';
    try {
      expect(world).toHaveStreamStatus('orders', 'UPDATING');
    } catch (x) {
      message = strip((x as Error).message);
    }
    expect(message).toContain('Trace of the stream');
    expect(message).not.toContain('Region:');
  });

  it('counts several calls elsewhere', async () => {
    const world = createWorld({ clock: virtualClock(T0) });
    world.kinesis.createStream('orders');
    const stub = mockKinesis(world);
    undo.push(() => stub.restore());
    for (const region of ['eu-west-1', 'eu-west-1', 'ap-south-1']) {
      await new KinesisClient({ region }).send(new DescribeStreamSummaryCommand({ StreamName: 'orders' })).catch(() => undefined);
    }
    let message = '';
    try {
      expect(world).toHaveStreamStatus('orders', 'UPDATING');
    } catch (x) {
      message = strip((x as Error).message);
    }
    expect(message).toContain("Region: 3 calls naming this stream went to eu-west-1, ap-south-1, the world's streams are in us-east-1.");
  });
});

describe('the timeline marks calls the world did not answer', () => {
  it('[override] and [unmodelled]', async () => {
    const world = createWorld({ clock: virtualClock(T0) });
    const stub = mockKinesis(world);
    undo.push(() => stub.restore());
    stub.on(ListStreamsCommand).rejectsOnce(new Error('throttled by the test'));
    const client = new KinesisClient({});
    await client.send(new ListStreamsCommand({})).catch(() => undefined);
    const { SplitShardCommand } = await import('@aws-sdk/client-kinesis');
    await client.send(new SplitShardCommand({ StreamName: 's', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1' })).catch(() => undefined);
    const lines = formatTimeline(world.trace, { region: world.region }).split('\n');
    expect(lines[0]).toBe('+0.000s kinesis ListStreams {} → ✗ Error: throttled by the test  [override]');
    expect(lines[1]).toMatch(/^\+0\.000s kinesis SplitShard \{.*\} → ✗ UnmodelledCommandError: \[kinesis-sse-harness\] KinesisClient sent SplitShardCommand, .*  \[unmodelled\]$/);
  });
});
