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
import { createKey } from '../../src/model/kms/keys';
import { keyIdForm } from '../../src/model/kms/keys';
import type { Duration } from '../../src/model/duration';
import { FIREHOSE_CHOICES, FIREHOSE_DEFAULTS, FIREHOSE_KMS_PROBLEMS } from '../../src/model/firehose/options';
import { KINESIS_CHOICES, KINESIS_DEFAULTS } from '../../src/model/kinesis/options';
import { KMS_DEFAULTS } from '../../src/model/kms/options';
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
  it('KMS accepts each of them for a customer key (CreateAlias), and Kinesis then finds the key by it', () => {
    fc.assert(
      fc.property(aliasName({ maxLength: 250 }), (name) => {
        const world = createModelWorld({ seed: 1 });
        const key = createKey(world, {}, now.now, now.region);
        expect(invoke(world, 'kms', 'CreateAlias', { AliasName: name, TargetKeyId: key.keyId }, now).error).toBeUndefined();
        invoke(world, 'kinesis', 'CreateStream', { StreamName: 's', ShardCount: 1 }, now);
        expect(invoke(world, 'kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: name }, { ...now, now: now.now + 3_600_000 }).error).toBeUndefined();
      }),
      { seed: SEED, numRuns: 100 },
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

  it('Kinesis takes every form: a key that exists is applied, one that does not is KMSNotFoundException, never a validation error', () => {
    const later = { ...now, now: now.now + 3_600_000 };
    // The same seed makes the same key ids, so a fresh world per run holds the keys drawn from.
    const fresh = (): { world: ReturnType<typeof createModelWorld>; keys: { KeyId: string; aliases: string[] }[] } => {
      const world = createModelWorld({ seed: 1 });
      const keys = [createKey(world, {}, now.now, now.region), createKey(world, {}, now.now, now.region)];
      invoke(world, 'kms', 'CreateAlias', { AliasName: 'alias/orders', TargetKeyId: keys[0]!.keyId }, now);
      invoke(world, 'kinesis', 'CreateStream', { StreamName: 's', ShardCount: 1 }, now);
      return { world, keys: [{ KeyId: keys[0]!.keyId, aliases: ['alias/orders'] }, { KeyId: keys[1]!.keyId, aliases: [] }] };
    };
    const start = (world: ReturnType<typeof createModelWorld>, id: string) =>
      invoke(world, 'kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: id }, later);
    fc.assert(
      fc.property(keyId({ keys: fresh().keys }), (id) => {
        const { world } = fresh();
        expect(start(world, id).error).toBeUndefined();
        expect(invoke(world, 'kinesis', 'DescribeStreamSummary', { StreamName: 's' }, later).value).toMatchObject({ StreamDescriptionSummary: { EncryptionType: 'KMS', KeyId: id } });
      }),
      { seed: SEED, numRuns: 60 },
    );
    fc.assert(
      fc.property(keyId({ forms: ['key-id', 'key-arn', 'alias-arn', 'alias-name'] }), (id) => {
        expect(start(fresh().world, id).error?.type).toBe('KMSNotFoundException');
      }),
      { seed: SEED, numRuns: 60 },
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
  const upper = (d: Duration): number => (typeof d === 'number' ? d : d.max);

  it('produces options createWorld accepts, with realistic durations and small limits', () => {
    fc.assert(
      fc.property(worldOptions({ limits: 'small' }), (options) => {
        expect(hasPlainPrototype(options)).toBe(true);
        const world = createWorld({ ...options, clock: virtualClock(0) });
        const k = world.model.kinesisOptions;
        const f = world.model.firehoseOptions;
        expect(upper(k.durations.updating)).toBeLessThanOrEqual(180_000);
        expect(upper(k.durations.creating)).toBeLessThanOrEqual(90_000);
        expect(upper(k.durations.encryptionLag)).toBeLessThanOrEqual(5_000);
        expect(upper(f.durations.enabling)).toBeLessThanOrEqual(120_000);
        expect(upper(f.durations.disabling)).toBeLessThanOrEqual(120_000);
        expect(upper(f.durations.encryptionLag)).toBeLessThanOrEqual(5_000);
        expect(k.limits.keyApplicationsPer24h).toBeLessThanOrEqual(25);
        expect(f.limits.startStopPer24h).toBeLessThanOrEqual(25);
        for (const v of [...Object.values(k.limits), ...Object.values(f.limits)]) if (typeof v === 'number') expect(v).toBeGreaterThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  // The model's own tables of choices: an option added to src/model/*/options.ts that the arbitrary
  // does not draw, or a choice it never draws, fails here.
  it('draws every choice of every Kinesis, Firehose and KMS behaviour option, and every limit', () => {
    const worlds = fc.sample(worldOptions({ limits: 'small' }), { seed: SEED, numRuns: 400 }).map((o) => createWorld({ ...o, clock: virtualClock(0) }).model);
    for (const [path, choices] of Object.entries(KINESIS_CHOICES)) {
      const [sectionName, name] = path.split('.') as ['limits' | 'behaviour', string];
      const seen = new Set(worlds.map((w) => (w.kinesisOptions[sectionName] as unknown as Record<string, unknown>)[name]));
      expect([...seen].sort(), `kinesis.${path}`).toEqual([...choices].sort());
    }
    for (const [name, choices] of Object.entries(FIREHOSE_CHOICES)) {
      const values = worlds.map((w) => (w.firehoseOptions.behaviour as unknown as Record<string, unknown>)[name]);
      const seen = choices === 'problems' ? new Set(values.flatMap((v) => v as string[])) : new Set(values);
      expect([...seen].sort(), `firehose.behaviour.${name}`).toEqual([...(choices === 'problems' ? FIREHOSE_KMS_PROBLEMS : choices)].sort());
    }
    expect(new Set(worlds.map((w) => w.kmsOptions.behaviour.currentKeyMaterialId))).toEqual(new Set([true, false]));
    expect(worlds.some((w) => w.kinesisOptions.behaviour.dataKeyCacheMs > 0)).toBe(true);
    for (const [name, aws] of Object.entries(KINESIS_DEFAULTS.limits)) {
      if (typeof aws === 'number') expect(worlds.some((w) => (w.kinesisOptions.limits as unknown as Record<string, number>)[name]! < aws), `kinesis.limits.${name}`).toBe(true);
    }
    for (const [name, aws] of Object.entries(FIREHOSE_DEFAULTS.limits)) {
      expect(worlds.some((w) => (w.firehoseOptions.limits as unknown as Record<string, number>)[name]! < aws), `firehose.limits.${name}`).toBe(true);
    }
    for (const name of Object.keys(KINESIS_DEFAULTS.durations)) {
      expect(worlds.some((w) => JSON.stringify((w.kinesisOptions.durations as unknown as Record<string, unknown>)[name]) !== JSON.stringify((KINESIS_DEFAULTS.durations as unknown as Record<string, unknown>)[name])), `kinesis.durations.${name}`).toBe(true);
    }
    for (const name of Object.keys(FIREHOSE_DEFAULTS.durations)) {
      expect(worlds.some((w) => JSON.stringify((w.firehoseOptions.durations as unknown as Record<string, unknown>)[name]) !== JSON.stringify((FIREHOSE_DEFAULTS.durations as unknown as Record<string, unknown>)[name])), `firehose.durations.${name}`).toBe(true);
    }
    // The documented limits unless asked for small ones.
    const aws = fc.sample(worldOptions(), { seed: SEED, numRuns: 50 }).map((o) => createWorld({ ...o, clock: virtualClock(0) }).model);
    expect(aws.every((w) => w.kinesisOptions.limits.keyApplicationsPer24h === 25 && w.firehoseOptions.limits.startStopPer24h === 25)).toBe(true);
  });

  it('keeps the defaults where asked, and leaves out the services not asked for', () => {
    const [o] = fc.sample(worldOptions({ seed: 5, durations: 'default', behaviours: 'default' }), { seed: SEED, numRuns: 1 });
    expect(o).toEqual({ seed: 5, accountId: '123456789012', region: 'us-east-1' });
    const kinesisOnly = fc.sample(worldOptions({ services: ['kinesis'], limits: 'small' }), { seed: SEED, numRuns: 20 });
    expect(kinesisOnly.every((x) => x.firehose === undefined && x.kms === undefined && x.kinesis?.limits !== undefined)).toBe(true);
    expect(() => worldOptions({ services: ['sqs' as never] })).toThrow('[kinesis-sse-harness] worldOptions services');
    expect(() => worldOptions({ limits: 'tiny' as never })).toThrow("worldOptions limits must be 'aws' or 'small'");
  });

  it('shrinks towards seed 0, the shortest durations and every behaviour at the world default', () => {
    const o = shrunk(worldOptions({ limits: 'small' }), () => false);
    expect(o.seed).toBe(0);
    expect(o.kinesis?.durations?.updating).toBe(1_000);
    const world = createWorld({ ...o, clock: virtualClock(0) }).model;
    expect(world.kinesisOptions.behaviour).toEqual(KINESIS_DEFAULTS.behaviour);
    expect(world.kinesisOptions.limits.limitScope).toBe(KINESIS_DEFAULTS.limits.limitScope);
    expect(world.firehoseOptions.behaviour).toEqual(FIREHOSE_DEFAULTS.behaviour);
    expect(world.kmsOptions.behaviour).toEqual(KMS_DEFAULTS.behaviour);
    expect(world.kinesisOptions.limits.keyApplicationsPer24h).toBe(1);
  });
});

describe('faultPlan', () => {
  it('produces plans installFaults accepts, with every throttling error AWS can answer on each operation', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(faultPlan({ keyIds: ['alias/a'], maxFaults: 5 }), (plan) => {
        checkFaultPlan(plan);
        expect(plan.length).toBeLessThanOrEqual(5);
        for (const f of plan) {
          expect(hasPlainPrototype(f)).toBe(true);
          if (f.kind === 'throttle' && f.error === 'KMSThrottlingException') expect(KMS_USING_KINESIS_OPERATIONS).toContain(f.operation);
          if (f.kind === 'throttle') seen.add(`${f.service} ${f.error}`);
          if (f.kind === 'key') expect(f.atMs).toBeLessThanOrEqual(600_000);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect([...seen].sort()).toEqual([
      'firehose LimitExceededException',
      'firehose ThrottlingException',
      'kinesis KMSThrottlingException',
      'kinesis LimitExceededException',
      'kinesis ProvisionedThroughputExceededException',
      'kms ThrottlingException',
    ]);
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
