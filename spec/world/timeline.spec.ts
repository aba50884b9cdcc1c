import { describe, expect, it } from 'vitest';
import { createWorld, formatTimeline, virtualClock } from '../../src/index';
import { formatOffset, renderValue } from '../../src/world/timeline';

describe('formatTimeline', () => {
  it('shows calls with their answers and transitions, relative to the start, one per line', () => {
    const clock = virtualClock(Date.UTC(2026, 0, 1));
    const world = createWorld({ clock, kinesis: { durations: { creating: 1_000, updating: 2_500 } } });
    world.call('kinesis', 'CreateStream', { StreamName: 'orders', ShardCount: 1 });
    clock.advance(1_000);
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'NONE', KeyId: 'alias/aws/kinesis' });
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    clock.advance(2_500);
    const lines = formatTimeline(world.trace).split('\n');
    expect(lines[0]).toBe('+0.000s kinesis CreateStream {StreamName: "orders", ShardCount: 1} → {}');
    expect(lines).toContain('+1.000s kinesis stream/orders StreamStatus CREATING → ACTIVE');
    expect(lines).toContain(
      '+1.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "NONE", KeyId: "alias/aws/kinesis"} → ✗ InvalidArgumentException: Encryption type cannot be NONE.',
    );
    expect(lines).toContain('+3.500s kinesis stream/orders StreamStatus UPDATING → ACTIVE');
  });

  it('keeps the last N entries and says how many it left out; refuses bad options', () => {
    const world = createWorld({ clock: virtualClock(0) });
    for (let i = 0; i < 5; i++) world.call('kinesis', 'ListStreams', {});
    const text = formatTimeline(world.trace, { last: 2 });
    expect(text.split('\n')).toHaveLength(3);
    expect(text.split('\n')[0]).toBe('… 3 earlier entries left out');
    expect(formatTimeline([])).toBe('(no calls, no transitions)');
    expect(() => formatTimeline(world.trace, { width: 3 })).toThrow('[kinesis-sse-harness] formatTimeline width must be a whole number >= 8; got 3');
    expect(() => formatTimeline(world.trace, { last: -1 })).toThrow(RangeError);
  });

  it('formats offsets and values compactly', () => {
    expect(formatOffset(12_500)).toBe('+12.500s');
    expect(formatOffset(-250)).toBe('-0.250s');
    expect(renderValue({ StreamName: 's', Data: new Uint8Array(3), skip: undefined })).toBe('{StreamName: "s", Data: <3 bytes>}');
    expect(renderValue('arn:aws:kms:us-east-1:123456789012:key/abc', { shortArns: true })).toBe('"key/abc"');
  });
});
