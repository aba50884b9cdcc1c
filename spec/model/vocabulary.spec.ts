import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../src/index';
import { DELIVERY_STREAM_ENCRYPTION_STATUSES, DELIVERY_STREAM_STATUSES, KEY_STATES, STREAM_STATUSES, TRACE_ENTRY_KINDS, TRANSITION_PROPERTIES } from '../../src/model/vocabulary';

// The vocabulary (src/model/vocabulary.ts) must name every transition property the model emits:
// the matchers and the fast-check entry accept exactly its words, so a property missing from it is
// one a test cannot assert on.

const MODEL = resolve(__dirname, '../../src/model');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `property: 'X'` and every first capitalised literal passed to a transition-tracing helper. */
function propertiesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(MODEL)) {
    if (file.endsWith('vocabulary.ts')) continue;
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/)/.test(line)) // not TSDoc examples or comments
      .join('\n');
    const patterns = [/\bproperty: '([A-Za-z]+)'/g, /\b(?:traceTransition|trace|transition)\([^;]*?'([A-Z][A-Za-z]+)'/g];
    for (const re of patterns) for (const m of text.matchAll(re)) found.set(m[1]!, relative(MODEL, file));
  }
  return found;
}

/** A world that goes through every kind of transition the model records. */
function richTrace() {
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  const world = createWorld({ seed: 3, clock });
  const key = world.kms.createKey({ alias: 'alias/k' });
  world.kinesis.createStream('s', { active: false });
  world.firehose.createDeliveryStream('d');
  clock.advance(3_600_000);
  world.call('kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k' });
  world.call('firehose', 'StartDeliveryStreamEncryption', {
    DeliveryStreamName: 'd',
    DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn },
  });
  clock.advance(3_600_000);
  // A stream consumer: CREATING -> ACTIVE -> DELETING -> none (issue 12).
  world.call('kinesis', 'RegisterStreamConsumer', { StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', ConsumerName: 'c' });
  clock.advance(3_600_000);
  world.call('kinesis', 'DeregisterStreamConsumer', { StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', ConsumerName: 'c' });
  world.kms.setCondition('alias/k', 'throttled');
  world.kms.setCondition('alias/k', 'throttled', false);
  world.kms.disable('alias/k');
  world.kms.scheduleDeletion('alias/k', 7);
  world.call('kinesis', 'DeleteStream', { StreamName: 's' });
  world.call('firehose', 'DeleteDeliveryStream', { DeliveryStreamName: 'd' });
  clock.advance(40 * 24 * 3_600_000);
  world.now();
  return world.trace;
}

describe('the vocabulary', () => {
  it('names every transition property the model sources emit', () => {
    const found = propertiesInSources();
    const missing = [...found].filter(([p]) => !(TRANSITION_PROPERTIES as readonly string[]).includes(p)).map(([p, file]) => `${p} (${file})`);
    expect(missing).toEqual([]);
    // The scan does see the emitters (it would pass vacuously if the patterns stopped matching).
    expect([...found.keys()].sort()).toEqual([...TRANSITION_PROPERTIES].sort());
  });

  it('names every property, kind and status in the trace of a world that goes through every transition', () => {
    const trace = richTrace();
    const properties = new Set<string>();
    for (const e of trace) {
      expect(TRACE_ENTRY_KINDS).toContain(e.kind);
      if (e.kind === 'transition') properties.add(e.property);
    }
    expect([...properties].sort()).toEqual([...TRANSITION_PROPERTIES].sort());
    const statuses: Record<string, readonly string[]> = {
      StreamStatus: STREAM_STATUSES,
      DeliveryStreamStatus: DELIVERY_STREAM_STATUSES,
      EncryptionStatus: DELIVERY_STREAM_ENCRYPTION_STATUSES,
      KeyState: KEY_STATES,
      ConsumerStatus: ['CREATING', 'ACTIVE', 'DELETING'],
    };
    for (const e of trace) {
      if (e.kind !== 'transition' || statuses[e.property] === undefined) continue;
      for (const v of [e.from, e.to]) if (v !== 'none') expect(statuses[e.property], `${e.property} ${v}`).toContain(v);
    }
  });
});
