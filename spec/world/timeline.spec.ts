import { describe, expect, it } from 'vitest';
import { createWorld, formatTimeline, virtualClock } from '../../src/index';
import type { TraceEntry } from '../../src/index';
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

  it('shows offsets past a minute in hours, minutes and seconds, and keeps a fraction of a millisecond', () => {
    expect(formatOffset(59_999)).toBe('+59.999s');
    expect(formatOffset(60_000)).toBe('+1m00.000s');
    expect(formatOffset(65_250)).toBe('+1m05.250s');
    expect(formatOffset(3_599_999)).toBe('+59m59.999s');
    expect(formatOffset(3_600_000)).toBe('+1h00m00.000s');
    expect(formatOffset(79_259_500)).toBe('+22h00m59.500s');
    expect(formatOffset(48 * 3_600_000 + 7)).toBe('+48h00m00.007s');
    expect(formatOffset(-90_000)).toBe('-1m30.000s');
    expect(formatOffset(0.5)).toBe('+0.0005s');
    expect(formatOffset(1_000.25)).toBe('+1.00025s');
  });

  it('shows an ARN the same way in a call input and in a transition: whole, as the call gave it', () => {
    const clock = virtualClock(Date.UTC(2026, 0, 1));
    const world = createWorld({ clock, kinesis: { durations: { updating: 1_000 } } });
    world.kinesis.createStream('orders');
    const key = world.kms.createKey();
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: key.Arn });
    const lines = formatTimeline(world.trace).split('\n');
    expect(lines).toContain(`+0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "${key.Arn}"} → {}`);
    expect(lines).toContain(`+0.000s kinesis stream/orders KeyId none → ${key.Arn}`);
    expect(lines.join('\n')).not.toMatch(/"key\//);
  });

  it('never cuts a value mid-token: members that do not fit are left out whole and counted', () => {
    const value = { DeliveryStreamEncryptionConfiguration: { Status: 'ENABLING_FAILED', FailureDescription: { Type: 'KMS_ACCESS_DENIED', Details: 'x'.repeat(300) } } };
    expect(renderValue(value, { width: 140 })).toBe(
      '{DeliveryStreamEncryptionConfiguration: {Status: "ENABLING_FAILED", FailureDescription: {Type: "KMS_ACCESS_DENIED", … 1 more member}}}',
    );
    expect(renderValue({ A: 'aaaa', B: 'bbbb', C: 'cccc' }, { width: 30 })).toBe('{A: "aaaa", … 2 more members}');
    expect(renderValue({ A: 'aaaa', B: 'bbbb' }, { width: 24 })).toBe('{A: "aaaa", B: "bbbb"}');
    expect(renderValue({ RecordId: 'r'.repeat(300), Encrypted: true }, { width: 60 })).toBe('{Encrypted: true, … 1 more member}');
    expect(renderValue([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { width: 30 })).toBe('[1, 2, 3, 4, … 8 more items]');
    for (let width = 8; width < 200; width += 7) {
      const text = renderValue({ StreamName: 'orders', KeyId: 'arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb', Tags: [{ Key: 'k', Value: 'v' }] }, { width });
      // Every string shown is shown whole.
      for (const s of text.match(/"[^"]*"/g) ?? []) expect(['"orders"', '"arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb"', '"k"', '"v"']).toContain(s);
      if (width >= 40) expect(text.length).toBeLessThanOrEqual(width);
    }
  });

  it('cuts a long error message between words, never inside one', () => {
    const world = createWorld({ clock: virtualClock(0) });
    world.call('kinesis', 'DescribeStreamSummary', { StreamName: 'a-stream-that-does-not-exist' });
    const line = formatTimeline(world.trace, { width: 30 });
    expect(line).toMatch(/✗ ResourceNotFoundException: (\S+ )*\S+…$/);
    const message = (world.trace[0] as { error: { message: string } }).error.message;
    const shown = line.slice(line.indexOf('ResourceNotFoundException: ') + 27, -1);
    expect(message.startsWith(shown)).toBe(true);
    expect(message[shown.length]).toBe(' ');
  });

  it('formats only the entries it prints: reading a 100,000-entry trace for the last 5 touches about 5 entries', () => {
    const world = createWorld({ clock: virtualClock(0) });
    for (let i = 0; i < 50; i++) world.call('kinesis', 'ListStreams', {});
    const entries = world.trace;
    const big: TraceEntry[] = Array.from({ length: 100_000 }, (_, i) => ({ ...entries[i % entries.length]!, seq: i, time: i }));
    let reads = 0;
    const counted = new Proxy(big, {
      get(target, p, receiver) {
        if (typeof p === 'string' && /^\d+$/.test(p)) reads++;
        return Reflect.get(target, p, receiver) as unknown;
      },
    });
    const text = formatTimeline(counted, { last: 5 });
    expect(text.split('\n')).toHaveLength(6);
    expect(text.split('\n')[0]).toBe('… 99995 earlier entries left out');
    expect(text.split('\n')[5]).toMatch(/^\+1m39\.999s kinesis ListStreams/);
    expect(reads).toBeLessThanOrEqual(5 + 2);
  });
});
