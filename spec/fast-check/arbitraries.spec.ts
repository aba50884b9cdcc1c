import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aliasName,
  checkFaultPlan,
  deliveryStreamName,
  faultPlan,
  invalidDeliveryStreamName,
  invalidKeyId,
  invalidStreamName,
  keyId,
  kmsKey,
  KMS_USING_KINESIS_OPERATIONS,
  runScenario,
  scenario,
  streamName,
  worldOptions,
  type FaultPlan,
  type KeyIdForm,
} from '../../src/fast-check/index';
import { createWorld, virtualClock } from '../../src/index';
import { invoke } from '../../src/model/invoke';
import { keyIdForm } from '../../src/model/kms/keys';
import { createModelWorld } from '../../src/model/world';

const SEED = 20260101;

/** The counterexample fast-check shrinks to when `predicate` fails somewhere on `arb`. */
function shrunk<T>(arb: fc.Arbitrary<T>, predicate: (v: T) => boolean): T {
  const details = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns: 500 });
  expect(details.failed).toBe(true);
  return details.counterexample![0];
}

function hasPlainPrototype(v: unknown): boolean {
  return Object.getPrototypeOf(v) === Object.prototype;
}

const now = { now: Date.UTC(2026, 0, 1), region: 'us-east-1' };

describe('aliasName', () => {
  it('produces alias names KMS accepts for customer keys', () => {
    fc.assert(
      fc.property(aliasName(), (name) => /^alias\/[a-zA-Z0-9/_-]+$/.test(name) && !name.startsWith('alias/aws/') && name.length <= 256),
      { seed: SEED },
    );
  });
  it('shrinks towards alias/a', () => {
    expect(shrunk(aliasName(), (n) => n.length < 9)).toMatch(/^alias\/[a-zA-Z0-9_-]{3}$/);
    expect(shrunk(aliasName(), () => false)).toBe('alias/a');
  });
});

describe('keyId', () => {
  const expectedForm: Record<KeyIdForm, string> = {
    'key-id': 'key-id',
    'key-arn': 'key-arn',
    'alias-arn': 'alias-arn',
    'alias-name': 'alias-name',
    'aws-managed': 'alias-name',
  };
  it.each(Object.keys(expectedForm) as KeyIdForm[])('produces valid %s KeyIds', (form) => {
    fc.assert(
      fc.property(keyId({ forms: [form] }), (id) => {
        expect(keyIdForm(id)).toBe(expectedForm[form]);
        expect(id.length).toBeGreaterThanOrEqual(1);
        expect(id.length).toBeLessThanOrEqual(2048);
        if (form === 'aws-managed') expect(id).toBe('alias/aws/kinesis');
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('draws all five forms by default', () => {
    const seen = new Set(fc.sample(keyId(), { seed: SEED, numRuns: 300 }).map((id) => (id === 'alias/aws/kinesis' ? 'aws-managed' : keyIdForm(id))));
    expect([...seen].sort()).toEqual(['alias-arn', 'alias-name', 'aws-managed', 'key-arn', 'key-id']);
  });

  it('names existing keys: every KeyId it draws resolves to one of them in the world', () => {
    const world = createWorld({ clock: virtualClock(now.now) });
    const keys = [world.kms.createKey({ alias: 'alias/orders' }), world.kms.createKey({ alias: 'alias/clicks' }), world.kms.createKey()];
    fc.assert(
      fc.property(keyId({ keys, forms: ['key-id', 'key-arn', 'alias-arn', 'alias-name'] }), (id) => {
        const found = world.kms.describe(id);
        expect(keys.map((k) => k.KeyId)).toContain(found?.KeyId);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('shrinks towards the first allowed form', () => {
    expect(keyIdForm(shrunk(keyId({ forms: ['alias-name', 'key-arn'] }), () => false))).toBe('alias-name');
    expect(shrunk(keyId({ forms: ['alias-arn'] }), () => false)).toBe('arn:aws:kms:us-east-1:123456789012:alias/a');
  });

  it('rejects constraints it cannot honour', () => {
    expect(() => keyId({ forms: [] })).toThrow(RangeError);
    expect(() => keyId({ keys: [{ KeyId: 'x' }], forms: ['alias-name'] })).toThrow('none of the keys has an alias');
  });
});

describe('invalidKeyId', () => {
  it('produces KeyIds in none of the five forms, or of a length Kinesis rejects', () => {
    fc.assert(
      fc.property(invalidKeyId(), (id) => keyIdForm(id) === 'invalid' || id.length === 0 || id.length > 2048),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('Kinesis rejects each of them, and the stream stays unencrypted', () => {
    const world = createModelWorld({ seed: 1 });
    invoke(world, 'kinesis', 'CreateStream', { StreamName: 's', ShardCount: 1 }, now);
    const later = { ...now, now: now.now + 3_600_000 };
    fc.assert(
      fc.property(invalidKeyId(), (id) => {
        const r = invoke(world, 'kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: id }, later);
        expect(r.ok).toBe(false);
        expect(r.error?.httpStatus).toBe(400);
      }),
      { seed: SEED, numRuns: 100 },
    );
    expect(invoke(world, 'kinesis', 'DescribeStreamSummary', { StreamName: 's' }, later).value).toMatchObject({ StreamDescriptionSummary: { EncryptionType: 'NONE' } });
  });
  it("shrinks towards ''", () => {
    expect(shrunk(invalidKeyId(), () => false)).toBe('');
  });
});

describe('streamName and deliveryStreamName', () => {
  it('produce names the services accept', () => {
    const world = createModelWorld({ seed: 1 });
    fc.assert(
      fc.property(streamName(), (name) => {
        expect(name).toMatch(/^[a-zA-Z0-9_.-]{1,128}$/);
        const r = invoke(world, 'kinesis', 'DescribeStreamSummary', { StreamName: name }, now);
        expect(r.error?.type).toBe('ResourceNotFoundException');
      }),
      { seed: SEED, numRuns: 100 },
    );
    fc.assert(
      fc.property(deliveryStreamName(), (name) => {
        expect(name).toMatch(/^[a-zA-Z0-9_.-]{1,64}$/);
        const r = invoke(world, 'firehose', 'DescribeDeliveryStream', { DeliveryStreamName: name }, now);
        expect(r.error?.type).toBe('ResourceNotFoundException');
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
  it('reach the longest names allowed', () => {
    expect(fc.sample(streamName({ minLength: 128 }), { seed: SEED, numRuns: 5 }).every((n) => n.length === 128)).toBe(true);
    expect(() => deliveryStreamName({ maxLength: 65 })).toThrow(RangeError);
  });
  it("shrink towards 'a'", () => {
    expect(shrunk(streamName(), () => false)).toBe('a');
    expect(shrunk(deliveryStreamName(), (n) => n.length < 3)).toBe('aaa');
  });
});

describe('invalidStreamName and invalidDeliveryStreamName', () => {
  it('produce names the services reject with a ValidationException', () => {
    const world = createModelWorld({ seed: 1 });
    fc.assert(
      fc.property(invalidStreamName(), (name) => {
        expect(name).not.toMatch(/^[a-zA-Z0-9_.-]{1,128}$/);
        expect(invoke(world, 'kinesis', 'DescribeStreamSummary', { StreamName: name }, now).error?.type).toBe('ValidationException');
      }),
      { seed: SEED, numRuns: 100 },
    );
    fc.assert(
      fc.property(invalidDeliveryStreamName(), (name) => {
        expect(name).not.toMatch(/^[a-zA-Z0-9_.-]{1,64}$/);
        expect(invoke(world, 'firehose', 'DescribeDeliveryStream', { DeliveryStreamName: name }, now).error?.type).toBe('ValidationException');
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
  it('draw each form asked for', () => {
    expect(fc.sample(invalidStreamName({ forms: ['arn'] }), { seed: SEED, numRuns: 10 }).every((n) => n.startsWith('arn:aws:kinesis:'))).toBe(true);
    expect(fc.sample(invalidDeliveryStreamName({ forms: ['too-long'] }), { seed: SEED, numRuns: 10 }).every((n) => n.length > 64)).toBe(true);
  });
  it("shrink towards ''", () => {
    expect(shrunk(invalidStreamName(), () => false)).toBe('');
  });
});

describe('kmsKey', () => {
  it('produces keys with the allowed states and conditions, plain records', () => {
    fc.assert(
      fc.property(kmsKey({ states: ['Disabled', 'PendingDeletion'], conditions: ['access-denied', 'throttled'] }), (k) => {
        expect(hasPlainPrototype(k)).toBe(true);
        expect(['Disabled', 'PendingDeletion']).toContain(k.state);
        expect(k.conditions?.every((c) => c === 'access-denied' || c === 'throttled')).toBe(true);
        if (k.state === 'PendingDeletion') expect(k.pendingWindowInDays).toBeGreaterThanOrEqual(7);
        else expect(k.pendingWindowInDays).toBeUndefined();
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
  it('produces keys a scenario can set up', async () => {
    const [keys] = fc.sample(fc.uniqueArray(kmsKey({ conditions: ['access-denied', 'grant-revoked'] }), { minLength: 3, maxLength: 3, selector: (k) => k.alias }), { seed: SEED, numRuns: 1 });
    const r = await runScenario({ keys: keys! }, ({ world }) => keys!.map((k) => world.kms.describe(k.alias!)));
    expect(r.ok).toBe(true);
    r.value!.forEach((info, i) => {
      expect(info?.KeyState).toBe(keys![i]!.state);
      expect(info?.conditions).toEqual(keys![i]!.conditions);
    });
  });
  it('shrinks towards an enabled key with no conditions', () => {
    expect(shrunk(kmsKey({ conditions: ['access-denied'] }), () => false)).toEqual({ alias: 'alias/a', state: 'Enabled', conditions: [] });
  });
});

describe('worldOptions', () => {
  it('produces options createWorld accepts, with realistic durations', () => {
    fc.assert(
      fc.property(worldOptions({ limits: 'small' }), (options) => {
        expect(hasPlainPrototype(options)).toBe(true);
        const world = createWorld({ ...options, clock: virtualClock(0) });
        const updating = world.model.kinesisOptions.durations.updating;
        const max = typeof updating === 'number' ? updating : updating.max;
        expect(max).toBeLessThanOrEqual(180_000);
        const lag = world.model.kinesisOptions.durations.encryptionLag;
        expect(typeof lag === 'number' ? lag : lag.max).toBeLessThanOrEqual(5_000);
        expect(world.model.kinesisOptions.limits.keyApplicationsPer24h).toBeLessThanOrEqual(25);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
  it('keeps the defaults where asked', () => {
    const [o] = fc.sample(worldOptions({ seed: 5, durations: 'default', behaviours: 'default' }), { seed: SEED, numRuns: 1 });
    expect(o).toEqual({ seed: 5, accountId: '123456789012', region: 'us-east-1' });
  });
  it('shrinks towards seed 0 and the shortest durations', () => {
    const o = shrunk(worldOptions(), () => false);
    expect(o.seed).toBe(0);
    expect(o.kinesis?.durations?.updating).toBe(1_000);
  });
});

describe('faultPlan', () => {
  it('produces plans installFaults accepts, with errors AWS can answer on each operation', () => {
    fc.assert(
      fc.property(faultPlan({ keyIds: ['alias/a'], maxFaults: 5 }), (plan) => {
        checkFaultPlan(plan);
        expect(plan.length).toBeLessThanOrEqual(5);
        for (const f of plan) {
          expect(hasPlainPrototype(f)).toBe(true);
          if (f.kind === 'throttle' && f.error === 'KMSThrottlingException') expect(KMS_USING_KINESIS_OPERATIONS).toContain(f.operation);
          if (f.kind === 'key') expect(f.atMs).toBeLessThanOrEqual(600_000);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
  it('draws only the kinds asked for, and no key faults without keys', () => {
    const kinds = new Set(fc.sample(faultPlan({ minFaults: 1 }), { seed: SEED, numRuns: 200 }).flat().map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['internal-failure', 'slow-transition', 'throttle', 'transition-failure']);
    expect(fc.sample(faultPlan({ kinds: ['key'], keyIds: ['alias/a'], minFaults: 2 }), { seed: SEED, numRuns: 20 }).flat().every((f) => f.kind === 'key')).toBe(true);
  });
  it('shrinks towards fewer, one-shot faults', () => {
    const plan: FaultPlan = shrunk(faultPlan({ kinds: ['slow-transition'] }), (p) => p.length === 0);
    expect(plan).toEqual([{ kind: 'slow-transition', transition: 'stream-updating', extraDelayMs: 1_000 }]);
  });
});

describe('scenario', () => {
  it('produces scenarios whose key faults hit the scenario own keys, and that runScenario can set up', async () => {
    const samples = fc.sample(scenario({ streams: fc.constant([{ name: 'orders' }]), faults: { kinds: ['key'], minFaults: 1 } }), { seed: SEED, numRuns: 10 });
    for (const s of samples) {
      expect(hasPlainPrototype(s)).toBe(true);
      const aliases = s.keys!.map((k) => k.alias);
      expect(s.faults!.every((f) => f.kind === 'key' && aliases.includes(f.keyId))).toBe(true);
      const r = await runScenario(s, ({ world }) => world.kinesis.describe('orders')?.StreamStatus);
      expect(r.value).toBe('ACTIVE');
    }
  });
  it('takes arbitraries for every part, and no faults when asked', () => {
    const [s] = fc.sample(scenario({ world: fc.constant({ seed: 1 }), keys: fc.constant([]), faults: false, start: 0 }), { seed: SEED, numRuns: 1 });
    expect(s).toEqual({ world: { seed: 1 }, start: 0, keys: [] });
  });
  it('shrinks towards one enabled key and no faults', () => {
    const s = shrunk(scenario({ world: { seed: 0 } }), () => false);
    expect(s.keys).toEqual([{ alias: 'alias/a', state: 'Enabled', conditions: [] }]);
    expect(s.faults).toBeUndefined();
  });
});
