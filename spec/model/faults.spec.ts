import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock, type World } from '../../src/index';
import { checkFaultPlan, describeFault, installFaults, type FaultPlan } from '../../src/model/faults';
import { invoke } from '../../src/model/invoke';
import { createKey } from '../../src/model/kms/keys';
import type { CallEntry, TransitionEntry } from '../../src/model/trace';
import { planTransition } from '../../src/model/transition-plan';
import { advanceTo, createModelWorld, type ModelWorld } from '../../src/model/world';

const T0 = Date.UTC(2026, 0, 1);
const R = 'us-east-1';

function world(): ModelWorld {
  return createModelWorld({ seed: 3 });
}

function call(w: ModelWorld, service: 'kinesis' | 'firehose' | 'kms', operation: string, input: object, now = T0) {
  return invoke(w, service, operation, input, { now, region: R });
}

function lastCall(w: ModelWorld): CallEntry {
  const calls = w.trace.filter((e): e is CallEntry => e.kind === 'call');
  return calls[calls.length - 1]!;
}

function keyTransitions(w: ModelWorld): TransitionEntry[] {
  return w.trace.filter((e): e is TransitionEntry => e.kind === 'transition' && e.service === 'kms' && e.detail?.startsWith('fault#') === true);
}

describe('checkFaultPlan', () => {
  it.each<[unknown, string]>([
    [{}, 'faults must be an array'],
    [[{ kind: 'nope' }], 'faults[0].kind'],
    [[{ kind: 'throttle', service: 'sqs' }], 'faults[0].service'],
    [[{ kind: 'throttle', service: 'kinesis', times: 0 }], 'faults[0].times'],
    [[{ kind: 'throttle', service: 'kinesis', nth: 1.5 }], 'faults[0].nth'],
    [[{ kind: 'throttle', service: 'kinesis', fromMs: 10, untilMs: 5 }], 'faults[0].untilMs'],
    [[{ kind: 'throttle', service: 'kinesis', operation: 'DescribeStream', error: 'KMSThrottlingException' }], 'faults[0].operation'],
    [[{ kind: 'throttle', service: 'kms', error: 'KMSThrottlingException' }], 'faults[0].error'],
    [[{ kind: 'throttle', service: 'kms', error: 'LimitExceededException' }], 'faults[0].error'],
    [[{ kind: 'throttle', service: 'kinesis', error: 'ThrottlingException' }], 'faults[0].error'],
    [[{ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', error: 'ProvisionedThroughputExceededException' }], 'faults[0].operation'],
    [[{ kind: 'throttle', service: 'firehose', error: 'ProvisionedThroughputExceededException' }], 'faults[0].error'],
    [[{ kind: 'key', keyId: '', change: 'disable', atMs: 0 }], 'faults[0].keyId'],
    [[{ kind: 'key', keyId: 'alias/x', change: 'melt', atMs: 0 }], 'faults[0].change'],
    [[{ kind: 'key', keyId: 'alias/x', change: 'disable', atMs: -1 }], 'faults[0].atMs'],
    [[{ kind: 'key', keyId: 'alias/x', change: 'schedule-deletion', atMs: 0, pendingWindowInDays: 6 }], 'faults[0].pendingWindowInDays'],
    [[{ kind: 'slow-transition', extraDelayMs: -5 }], 'faults[0].extraDelayMs'],
    [[{ kind: 'transition-failure', details: '   ' }], 'faults[0].details'],
    [[{ kind: 'transition-failure', service: 'kms' }], 'faults[0].service'],
  ])('rejects %j naming %s', (plan, path) => {
    expect(() => checkFaultPlan(plan)).toThrow(TypeError);
    expect(() => checkFaultPlan(plan)).toThrow(`[kinesis-sse-harness] ${path}`);
  });

  it('accepts every kind of fault', () => {
    const plan: FaultPlan = [
      { kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', error: 'KMSThrottlingException', times: 3 },
      { kind: 'internal-failure', service: 'firehose', nth: 2 },
      { kind: 'key', keyId: 'alias/x', change: 'schedule-deletion', atMs: 5, pendingWindowInDays: 7 },
      { kind: 'transition-failure', transition: 'encryption-enabling', failureType: 'DISABLED_KMS_KEY', details: 'disabled' },
      { kind: 'slow-transition', extraDelayMs: 1000, times: 'always', fromMs: 0, untilMs: 10 },
    ];
    expect(() => checkFaultPlan(plan)).not.toThrow();
  });
});

describe('describeFault', () => {
  it('says what, where, how often and when', () => {
    expect(describeFault({ kind: 'key', keyId: 'alias/orders', change: 'disable', atMs: 3_000 })).toBe('disable key alias/orders at +3.000s');
    expect(describeFault({ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', times: 3 })).toBe(
      'throttle kinesis StartStreamEncryption with LimitExceededException ×3',
    );
    expect(describeFault({ kind: 'slow-transition', transition: 'stream-updating', extraDelayMs: 90_000, times: 'always' })).toBe(
      'slow stream-updating by 90.000s every time',
    );
    expect(describeFault({ kind: 'internal-failure', service: 'kms', nth: 2, fromMs: 0, untilMs: 1000 })).toBe(
      'internal failure on kms * (KMSInternalException) from match #2 within [+0.000s, +1.000s)',
    );
  });
});

describe('call faults', () => {
  it('a one-shot throttle answers the first matching call only, and the trace names it', () => {
    const w = world();
    const handle = installFaults(w, [{ kind: 'throttle', service: 'kms', operation: 'CreateKey' }], T0);
    const first = call(w, 'kms', 'CreateKey', {});
    expect(first.ok).toBe(false);
    expect(first.error).toMatchObject({ service: 'kms', type: 'ThrottlingException', message: 'Rate exceeded', httpStatus: 400, fault: 'client' });
    expect(lastCall(w).fault).toBe('fault#0 throttle kms CreateKey with ThrottlingException');
    expect(w.kms.keys.size).toBe(0);
    const second = call(w, 'kms', 'CreateKey', {});
    expect(second.ok).toBe(true);
    expect(lastCall(w).fault).toBeUndefined();
    expect(handle.fired).toEqual([{ index: 0, label: 'fault#0 throttle kms CreateKey with ThrottlingException', time: T0, target: 'CreateKey' }]);
  });

  it('a burst hits `times` matching calls from the nth one on', () => {
    const w = world();
    installFaults(w, [{ kind: 'internal-failure', service: 'kms', operation: 'ListAliases', nth: 2, times: 2 }], T0);
    const outcomes = [1, 2, 3, 4, 5].map(() => call(w, 'kms', 'ListAliases', {}).ok);
    expect(outcomes).toEqual([true, false, false, true, true]);
    const failed = w.trace.filter((e): e is CallEntry => e.kind === 'call' && e.error !== undefined);
    expect(failed.map((e) => e.error)).toEqual([
      expect.objectContaining({ type: 'KMSInternalException', httpStatus: 500, fault: 'server' }),
      expect.objectContaining({ type: 'KMSInternalException', httpStatus: 500, fault: 'server' }),
    ]);
  });

  it("'always' hits every matching call; other operations and services are untouched", () => {
    const w = world();
    installFaults(w, [{ kind: 'throttle', service: 'kms', operation: ['ListAliases'], times: 'always' }], T0);
    expect([1, 2, 3].map(() => call(w, 'kms', 'ListAliases', {}).ok)).toEqual([false, false, false]);
    expect(call(w, 'kms', 'CreateKey', {}).ok).toBe(true);
  });

  it('matches per input', () => {
    const w = world();
    installFaults(w, [{ kind: 'throttle', service: 'kms', operation: 'DescribeKey', input: { KeyId: 'alias/a' }, times: 'always' }], T0);
    expect(call(w, 'kms', 'DescribeKey', { KeyId: 'alias/b' }).error?.type).toBe('NotFoundException');
    expect(call(w, 'kms', 'DescribeKey', { KeyId: 'alias/a' }).error?.type).toBe('ThrottlingException');
  });

  it('a timed fault hits only calls inside its window of virtual time', () => {
    const w = world();
    installFaults(w, [{ kind: 'internal-failure', service: 'kms', times: 'always', fromMs: 1_000, untilMs: 2_000 }], T0);
    const at = (ms: number): boolean => call(w, 'kms', 'ListAliases', {}, T0 + ms).ok;
    expect([at(0), at(999), at(1_000), at(1_999), at(2_000)]).toEqual([true, true, false, false, true]);
  });

  it('Kinesis throttling answers LimitExceededException naming the stream, or KMSThrottlingException on the operations using the key', () => {
    const w = world();
    installFaults(
      w,
      [
        { kind: 'throttle', service: 'kinesis', operation: 'DescribeStreamSummary' },
        { kind: 'throttle', service: 'kinesis', error: 'KMSThrottlingException' },
      ],
      T0,
    );
    expect(call(w, 'kinesis', 'DescribeStreamSummary', { StreamName: 'orders' }).error).toMatchObject({
      type: 'LimitExceededException',
      message: 'Rate exceeded for stream orders under account 123456789012.',
    });
    expect(call(w, 'kinesis', 'DescribeStreamSummary', { StreamName: 'orders' }).error?.type).toBe('ResourceNotFoundException');
    expect(call(w, 'kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }).error?.type).toBe(
      'KMSThrottlingException',
    );
  });

  it('ProvisionedThroughputExceededException hits only the calls that read or write a shard, naming the stream', () => {
    const w = world();
    installFaults(w, [{ kind: 'throttle', service: 'kinesis', error: 'ProvisionedThroughputExceededException', times: 'always' }], T0);
    expect(call(w, 'kinesis', 'DescribeStreamSummary', { StreamName: 'orders' }).error?.type).toBe('ResourceNotFoundException');
    expect(call(w, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'p', Data: new Uint8Array([1]) }).error).toMatchObject({
      type: 'ProvisionedThroughputExceededException',
      message: 'Rate exceeded for shard shardId-000000000000 in stream orders under account 123456789012.',
    });
  });

  it('Firehose internal failures are ServiceUnavailableException (503, server fault)', () => {
    const w = world();
    installFaults(w, [{ kind: 'internal-failure', service: 'firehose' }], T0);
    expect(call(w, 'firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'd' }).error).toMatchObject({
      type: 'ServiceUnavailableException',
      httpStatus: 503,
      fault: 'server',
    });
  });
});

describe('key faults', () => {
  it('disables a key at virtual time T, recorded as a KeyState transition at T', () => {
    const w = world();
    const key = createKey(w, {}, T0, R);
    installFaults(w, [{ kind: 'key', keyId: key.keyId, change: 'disable', atMs: 5_000 }], T0);
    advanceTo(w, T0 + 4_999);
    expect(key.state).toBe('Enabled');
    advanceTo(w, T0 + 60_000);
    expect(key.state).toBe('Disabled');
    expect(keyTransitions(w)).toEqual([
      expect.objectContaining({ time: T0 + 5_000, resource: key.arn, property: 'KeyState', from: 'Enabled', to: 'Disabled', detail: `fault#0 disable key ${key.keyId} at +5.000s` }),
    ]);
  });

  it('schedules deletion (a key named by alias), revokes access and restores it', () => {
    const w = world();
    const key = createKey(w, {}, T0, R);
    call(w, 'kms', 'CreateAlias', { AliasName: 'alias/orders', TargetKeyId: key.keyId });
    installFaults(
      w,
      [
        { kind: 'key', keyId: 'alias/orders', change: 'revoke-access', atMs: 1_000 },
        { kind: 'key', keyId: 'alias/orders', change: 'restore-access', atMs: 2_000 },
        { kind: 'key', keyId: 'alias/orders', change: 'schedule-deletion', atMs: 3_000, pendingWindowInDays: 7 },
      ],
      T0,
    );
    advanceTo(w, T0 + 1_500);
    expect([...key.conditions]).toEqual(['access-denied']);
    advanceTo(w, T0 + 10_000);
    expect([...key.conditions]).toEqual([]);
    expect(key.state).toBe('PendingDeletion');
    expect(key.deletionDate).toBe(T0 + 3_000 + 7 * 86_400_000);
    expect(keyTransitions(w).map((e) => `${e.property} ${e.from}->${e.to}`)).toEqual([
      'KeyCondition none->access-denied',
      'KeyCondition access-denied->none',
      'KeyState Enabled->PendingDeletion',
    ]);
    advanceTo(w, T0 + 8 * 86_400_000);
    expect(w.kms.keys.has(key.arn)).toBe(false);
  });

  it('leaves a key it cannot change as it is, and says so in the trace', () => {
    const w = world();
    const key = createKey(w, {}, T0, R);
    installFaults(
      w,
      [
        { kind: 'key', keyId: key.keyId, change: 'schedule-deletion', atMs: 0 },
        { kind: 'key', keyId: key.keyId, change: 'disable', atMs: 1 },
        { kind: 'key', keyId: 'alias/missing', change: 'disable', atMs: 2 },
      ],
      T0,
    );
    advanceTo(w, T0 + 10);
    expect(key.state).toBe('PendingDeletion');
    expect(keyTransitions(w).map((e) => e.detail)).toEqual([
      `fault#0 schedule-deletion key ${key.keyId} at +0.000s`,
      `fault#1 disable key ${key.keyId} at +0.001s: key is pending deletion, nothing changed`,
      'fault#2 disable key alias/missing at +0.002s: no such key, nothing changed',
    ]);
  });
});

describe('transition faults', () => {
  const request = (kind: string, resource = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/clicks') =>
    ({ service: 'firehose' as const, resource, kind, now: T0 });

  it('fails the matching transition once, with a FailureDescription and the label', () => {
    const w = world();
    installFaults(w, [{ kind: 'transition-failure', transition: 'encryption-enabling', failureType: 'DISABLED_KMS_KEY' }], T0);
    expect(planTransition(w, request('encryption-disabling'), 1_000)).toEqual({ delay: 1_000 });
    expect(planTransition(w, request('encryption-enabling'), 1_000)).toEqual({
      delay: 1_000,
      failure: { type: 'DISABLED_KMS_KEY', details: 'The operation failed with DISABLED_KMS_KEY.' },
      label: 'fault#0 fail encryption-enabling (DISABLED_KMS_KEY)',
    });
    expect(planTransition(w, request('encryption-enabling'), 1_000)).toEqual({ delay: 1_000 });
  });

  it('defaults the failure by kind and matches a resource by name or ARN', () => {
    const w = world();
    installFaults(w, [{ kind: 'transition-failure', resource: 'clicks', times: 'always' }], T0);
    expect(planTransition(w, request('encryption-enabling'), 0).failure?.type).toBe('KMS_ACCESS_DENIED');
    expect(planTransition(w, request('encryption-disabling'), 0).failure?.type).toBe('RETIRE_KMS_GRANT_FAILED');
    expect(planTransition(w, request('stream-updating'), 0).failure?.type).toBe('UNKNOWN_ERROR');
    expect(planTransition(w, request('encryption-enabling', 'arn:aws:firehose:us-east-1:123456789012:deliverystream/other'), 0).failure).toBeUndefined();
    expect(planTransition(w, request('delivery-stream-creating'), 0).failure).toBeUndefined();
  });

  it('slows matching transitions by extraDelayMs', () => {
    const w = world();
    installFaults(w, [{ kind: 'slow-transition', service: 'kinesis', transition: 'stream-updating', extraDelayMs: 90_000, times: 2 }], T0);
    const req = { service: 'kinesis' as const, resource: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', kind: 'stream-updating', now: T0 };
    expect([1, 2, 3].map(() => planTransition(w, req, 5_000).delay)).toEqual([95_000, 95_000, 5_000]);
  });
});

describe('remove', () => {
  it("detaches only its own hooks, even when the test already took them off", () => {
    const w = world();
    const first = installFaults(w, [{ kind: 'throttle', service: 'kms', operation: 'CreateKey', times: 'always' }], T0);
    installFaults(w, [{ kind: 'throttle', service: 'kms', operation: 'ListAliases', times: 'always' }], T0);
    w.interceptors.splice(0, 1);
    first.remove();
    expect(w.interceptors).toHaveLength(1);
    expect(call(w, 'kms', 'ListAliases', {}).error?.type).toBe('ThrottlingException');
  });


  it('detaches interceptors, hooks and key changes not yet due', () => {
    const w = world();
    const key = createKey(w, {}, T0, R);
    const handle = installFaults(
      w,
      [
        { kind: 'throttle', service: 'kms', times: 'always' },
        { kind: 'slow-transition', extraDelayMs: 1_000, times: 'always' },
        { kind: 'key', keyId: key.keyId, change: 'disable', atMs: 1_000 },
      ],
      T0,
    );
    expect(w.interceptors).toHaveLength(1);
    expect(w.transitionHooks).toHaveLength(1);
    handle.remove();
    handle.remove();
    expect(w.interceptors).toHaveLength(0);
    expect(w.transitionHooks).toHaveLength(0);
    advanceTo(w, T0 + 5_000);
    expect(key.state).toBe('Enabled');
    expect(call(w, 'kms', 'ListAliases', {}).ok).toBe(true);
  });
});

// The same faults end to end: installed on a world, seen by the calls that follow, in the answers
// and in the trace (spec/fast-check/run-scenario.spec.ts shows them in the stubs' call history).
describe('faults through the model, end to end', () => {
  const S3 = { RoleARN: 'arn:aws:iam::123456789012:role/r', BucketARN: 'arn:aws:s3:::b' };

  function setup(plan: FaultPlan) {
    const clock = virtualClock(T0);
    const world = createWorld({ clock, seed: 1, kinesis: { durations: { updating: 5_000, encryptionLag: 0 } }, firehose: { durations: { creating: 1_000, enabling: 5_000, disabling: 5_000, encryptionLag: 0 } } });
    const key = world.kms.createKey({ alias: 'alias/k' });
    world.kinesis.createStream('s');
    world.call('firehose', 'CreateDeliveryStream', { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: S3 });
    clock.advance(60_000);
    const start = clock.now();
    const handle = installFaults(world.model, plan, start);
    return { clock, world, key, handle, start };
  }

  const encryption = (world: World) => world.firehose.describe('d')?.DeliveryStreamEncryptionConfiguration;
  const transitions = (world: World, property: string) =>
    world.trace.filter((e): e is TransitionEntry => e.kind === 'transition' && e.property === property).map((e) => `${e.from}->${e.to}${e.detail === undefined ? '' : ` (${e.detail})`}`);

  it('a failing Firehose ENABLING ends ENABLING_FAILED with the plan FailureDescription, and the trace names the fault', () => {
    const { clock, world, key } = setup([{ kind: 'transition-failure', transition: 'encryption-enabling', failureType: 'KMS_KEY_NOT_FOUND', details: 'Key gone.' }]);
    expect(world.call('firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'd', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } }).ok).toBe(true);
    clock.advance(4_999);
    expect(encryption(world)?.Status).toBe('ENABLING');
    clock.advance(1);
    expect(encryption(world)).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLING_FAILED', FailureDescription: { Type: 'KMS_KEY_NOT_FOUND', Details: 'Key gone.' } });
    expect(transitions(world, 'EncryptionStatus').at(-1)).toBe('ENABLING->ENABLING_FAILED (fault#0 fail encryption-enabling (KMS_KEY_NOT_FOUND); KMS_KEY_NOT_FOUND: Key gone.)');
  });

  it('a failing Firehose DISABLING ends DISABLING_FAILED with the default FailureDescription', () => {
    const { clock, world } = setup([{ kind: 'transition-failure', transition: 'encryption-disabling' }]);
    world.call('firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'd', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } });
    clock.advance(5_000);
    expect(encryption(world)?.Status).toBe('ENABLED');
    expect(world.call('firehose', 'StopDeliveryStreamEncryption', { DeliveryStreamName: 'd' }).ok).toBe(true);
    clock.advance(5_000);
    expect(encryption(world)).toMatchObject({
      Status: 'DISABLING_FAILED',
      FailureDescription: { Type: 'RETIRE_KMS_GRANT_FAILED', Details: 'Firehose could not retire the grant it holds on the KMS key.' },
    });
  });

  it('a failing Kinesis update leaves the stream ACTIVE with its old encryption, and the trace says so', () => {
    const { clock, world } = setup([{ kind: 'transition-failure', transition: 'stream-updating' }]);
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k' });
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('UPDATING');
    clock.advance(5_000);
    expect(world.kinesis.describe('s')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'NONE' });
    expect(transitions(world, 'StreamStatus').at(-1)).toMatch(/^UPDATING->ACTIVE \(fault#0 fail stream-updating: UNKNOWN_ERROR: .*encryption left as it was\)$/);
  });

  it('a slow transition lasts its duration plus extraDelayMs', () => {
    const { clock, world } = setup([{ kind: 'slow-transition', transition: 'stream-updating', extraDelayMs: 60_000 }]);
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k' });
    clock.advance(64_999);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('UPDATING');
    clock.advance(1);
    expect(world.kinesis.describe('s')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS' });
  });

  it('a key disabled at T: writes to a stream encrypted with it succeed before T and fail with KMSDisabledException from T', () => {
    const { clock, world, handle, start } = setup([{ kind: 'key', keyId: 'alias/k', change: 'disable', atMs: 30_000 }]);
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k' });
    clock.advance(29_999);
    const put = () => world.call('kinesis', 'PutRecord', { StreamName: 's', PartitionKey: 'p', Data: new Uint8Array([1]) });
    expect(put()).toMatchObject({ ok: true, value: { EncryptionType: 'KMS' } });
    clock.advance(1);
    expect(put().error?.type).toBe('KMSDisabledException');
    expect(handle.fired).toEqual([{ index: 0, label: 'fault#0 disable key alias/k at +30.000s', time: start + 30_000, target: 'disable' }]);
    expect(world.kms.describe('alias/k')?.KeyState).toBe('Disabled');
  });

  it('access revoked at T: Firehose enabling with that key ends ENABLING_FAILED (KMS_ACCESS_DENIED)', () => {
    const { clock, world, key } = setup([{ kind: 'key', keyId: 'alias/k', change: 'revoke-access', atMs: 1_000 }]);
    world.call('firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'd', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } });
    clock.advance(5_000);
    expect(encryption(world)).toMatchObject({ Status: 'ENABLING_FAILED', FailureDescription: { Type: 'KMS_ACCESS_DENIED' } });
    expect(transitions(world, 'KeyCondition')).toEqual(['none->access-denied (fault#0 revoke-access key alias/k at +1.000s)']);
  });

  it('a KMSThrottlingException burst answers the Nth to the (N+times-1)th write, then writes succeed again', () => {
    const { world } = setup([{ kind: 'throttle', service: 'kinesis', operation: 'PutRecord', error: 'KMSThrottlingException', nth: 2, times: 3 }]);
    const outcomes = [1, 2, 3, 4, 5].map(() => world.call('kinesis', 'PutRecord', { StreamName: 's', PartitionKey: 'p', Data: new Uint8Array([1]) }).error?.type ?? 'ok');
    expect(outcomes).toEqual(['ok', 'KMSThrottlingException', 'KMSThrottlingException', 'KMSThrottlingException', 'ok']);
    expect(world.kinesis.records('s')).toHaveLength(2);
  });

  it('an internal failure on the Nth call is a 500 server fault and writes nothing', () => {
    const { world } = setup([{ kind: 'internal-failure', service: 'kinesis', operation: 'PutRecord', nth: 3 }]);
    const results = [1, 2, 3, 4].map(() => world.call('kinesis', 'PutRecord', { StreamName: 's', PartitionKey: 'p', Data: new Uint8Array([1]) }));
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect(results[2]!.error).toMatchObject({ type: 'InternalFailureException', message: 'Internal Service Failure', httpStatus: 500, fault: 'server' });
    expect(world.kinesis.records('s')).toHaveLength(3);
  });
});
