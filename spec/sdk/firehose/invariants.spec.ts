// Scenario 32 of the reference: invariants that hold for any sequence of calls, key changes and
// time steps, checked through the SDK with fast-check (plain fc.assert, modest numRuns); and a
// rejected call never changes state.
import { FirehoseServiceException, PutRecordCommand, type PutRecordCommandOutput } from '@aws-sdk/client-firehose';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallEntry, TransitionEntry } from '../../../src/index';
import type { DeliveryStreamDescription } from '../../../src/model/firehose/describe';
import type { FirehoseKey } from '../../../src/model/firehose/state';
import { BINDINGS, type Binding, DAY, firehoseSetup, HOUR, SECOND, start, stop, type FirehoseSetup } from '../../../fixtures/firehose';

const STATUSES = ['ENABLED', 'ENABLING', 'ENABLING_FAILED', 'DISABLED', 'DISABLING', 'DISABLING_FAILED'];
const STREAM_STATUSES = ['CREATING', 'CREATING_FAILED', 'DELETING', 'DELETING_FAILED', 'ACTIVE'];
const STREAMS = ['direct-a', 'direct-b', 'from-kinesis', 'from-msk'] as const;
const LAG_MAX = 5 * SECOND;

type Step =
  | { readonly kind: 'start'; readonly stream: (typeof STREAMS)[number]; readonly key: 'owned' | 'cmk1' | 'cmk2' | 'asymmetric' }
  | { readonly kind: 'stop'; readonly stream: (typeof STREAMS)[number] }
  | { readonly kind: 'put'; readonly stream: (typeof STREAMS)[number] }
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'key'; readonly change: 'disable' | 'enable' | 'deny' | 'allow' | 'revoke' | 'restore' };

const stream = fc.constantFrom(...STREAMS);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('start' as const), stream, key: fc.constantFrom('owned' as const, 'cmk1' as const, 'cmk2' as const, 'asymmetric' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('stop' as const), stream }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('put' as const), stream }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.oneof(fc.integer({ min: 0, max: 8 * SECOND }), fc.integer({ min: 0, max: 2 * HOUR }), fc.constantFrom(DAY, DAY / 2)) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('key' as const), change: fc.constantFrom('disable' as const, 'enable' as const, 'deny' as const, 'allow' as const, 'revoke' as const, 'restore' as const) }) },
);

function lastEncryptionChange(setup: FirehoseSetup, arn: string, to: string): number | undefined {
  const entries = setup.world.trace.filter((e): e is TransitionEntry => e.kind === 'transition' && e.resource === arn && e.property === 'EncryptionStatus' && e.to === to);
  return entries.at(-1)?.time;
}

async function run(binding: Binding, seed: number, steps: readonly Step[]): Promise<void> {
  const setup = firehoseSetup({ binding, seed, firehose: { durations: { enabling: { min: 0, max: 10 * SECOND }, disabling: { min: 0, max: 10 * SECOND }, encryptionLag: { min: 0, max: LAG_MAX } } } });
  try {
    const { world } = setup;
    const cmk1 = world.kms.createKey();
    const cmk2 = world.kms.createKey();
    const asymmetric = world.kms.createKey({ spec: 'RSA_2048' });
    world.firehose.createDeliveryStream('direct-a');
    world.firehose.createDeliveryStream('direct-b', { encryption: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: cmk1.Arn } });
    world.firehose.createDeliveryStream('from-kinesis', { type: 'KinesisStreamAsSource' });
    world.firehose.createDeliveryStream('from-msk', { type: 'MSKAsSource' });
    const keys = { owned: undefined, cmk1: cmk1.Arn, cmk2: cmk2.Arn, asymmetric: asymmetric.Arn };

    const checkStates = (): void => {
      for (const name of STREAMS) {
        const d = world.firehose.describe(name)!;
        expect(STREAM_STATUSES).toContain(d.DeliveryStreamStatus);
        const enc = d.DeliveryStreamEncryptionConfiguration;
        if (d.DeliveryStreamType !== 'DirectPut') {
          // (a) Kinesis/MSK-sourced streams never have an encryption configuration.
          expect(enc).toBeUndefined();
          expect(world.firehose.keyInEffect(name)).toBeUndefined();
          continue;
        }
        // (e) the status is always one of the six.
        expect(STATUSES).toContain(enc?.Status);
        // (b) KeyARN present exactly when KeyType is CUSTOMER_MANAGED_CMK.
        expect(enc?.KeyARN !== undefined).toBe(enc?.KeyType === 'CUSTOMER_MANAGED_CMK');
        const inEffect = world.firehose.keyInEffect(name);
        if (inEffect !== undefined) expect(inEffect.KeyARN !== undefined).toBe(inEffect.KeyType === 'CUSTOMER_MANAGED_CMK');
        // FailureDescription only in the two failed states.
        expect(enc?.FailureDescription !== undefined).toBe(enc?.Status === 'ENABLING_FAILED' || enc?.Status === 'DISABLING_FAILED');
      }
    };

    // Everything a call could change, read at the clock's current time.
    const snapshot = (name: string) => ({
      description: world.firehose.describe(name),
      inEffect: world.firehose.keyInEffect(name),
      records: world.firehose.records(name).length,
      startStop: world.firehose.limits(name).startStop,
      grants: world.kms.grants(),
    });

    for (const s of steps) {
      let error: unknown;
      const before = s.kind === 'start' || s.kind === 'stop' || s.kind === 'put' ? snapshot(s.stream) : undefined;
      let put: { before: DeliveryStreamDescription; inEffect: FirehoseKey | undefined; now: number; out: PutRecordCommandOutput } | undefined;
      try {
        switch (s.kind) {
          case 'start':
            await start(setup, s.stream, keys[s.key]);
            break;
          case 'stop':
            await stop(setup, s.stream);
            break;
          case 'advance':
            setup.clock.advance(s.ms);
            break;
          case 'key': {
            const id = cmk1.KeyId;
            if (s.change === 'disable') world.kms.disable(id);
            if (s.change === 'enable') world.kms.enable(id);
            if (s.change === 'deny') world.kms.setCondition(id, 'access-denied', true);
            if (s.change === 'allow') world.kms.setCondition(id, 'access-denied', false);
            if (s.change === 'revoke') world.kms.setCondition(id, 'grant-revoked', true);
            if (s.change === 'restore') world.kms.setCondition(id, 'grant-revoked', false);
            break;
          }
          case 'put': {
            const before = world.firehose.describe(s.stream)!;
            const inEffect = world.firehose.keyInEffect(s.stream);
            const now = world.now();
            put = { before, inEffect, now, out: await setup.client.send(new PutRecordCommand({ DeliveryStreamName: s.stream, Record: { Data: new Uint8Array([1]) } })) };
            break;
          }
        }
      } catch (e) {
        error = e;
      }
      if (put !== undefined) {
        const { before, inEffect, now, out } = put;
        expect(typeof out.Encrypted).toBe('boolean');
        const status = before.DeliveryStreamEncryptionConfiguration?.Status;
        if (out.Encrypted === true) {
          // (c) Encrypted: true only in the states that allow it.
          const disabledAt = lastEncryptionChange(setup, before.DeliveryStreamARN, 'DISABLED');
          const allowed =
            status === 'ENABLED' ||
            status === 'DISABLING' ||
            status === 'DISABLING_FAILED' ||
            (status === 'ENABLING_FAILED' && inEffect !== undefined) ||
            (status === 'DISABLED' && disabledAt !== undefined && now - disabledAt <= LAG_MAX);
          expect(allowed, `Encrypted: true while ${String(status)}`).toBe(true);
        }
        if (status === 'ENABLING') expect(out.Encrypted, 'Encrypted while ENABLING').toBe(false);
        const enabledAt = lastEncryptionChange(setup, before.DeliveryStreamARN, 'ENABLED');
        if (status === 'ENABLED' && enabledAt !== undefined && now - enabledAt >= LAG_MAX) expect(out.Encrypted, 'Encrypted 5 s after ENABLED').toBe(true);
      }
      if (error !== undefined) {
        // Only AWS's own answers, never a crash of the model.
        expect(error).toBeInstanceOf(FirehoseServiceException);
        if (s.kind === 'put') expect(['InvalidArgumentException', 'InvalidKMSResourceException']).toContain((error as Error).name);
        // A rejected call changes nothing (time does not move during a call).
        if (before !== undefined && s.kind !== 'advance' && s.kind !== 'key') expect(snapshot(s.stream), `${s.kind} rejected with ${(error as Error).name}`).toStrictEqual(before);
      }
      checkStates();
    }

    // (d) never more than 25 accepted Start+Stop calls for one stream in any 24-hour window.
    const accepted = world.trace.filter(
      (e): e is CallEntry => e.kind === 'call' && (e.operation === 'StartDeliveryStreamEncryption' || e.operation === 'StopDeliveryStreamEncryption') && e.error === undefined,
    );
    for (const name of STREAMS) {
      const times = accepted.filter((c) => (c.input as { DeliveryStreamName: string }).DeliveryStreamName === name).map((c) => c.time);
      times.forEach((t, i) => expect(times.slice(0, i + 1).filter((u) => u > t - DAY).length).toBeLessThanOrEqual(25));
      expect(world.firehose.limits(name).startStop.used).toBeLessThanOrEqual(25);
    }
  } finally {
    setup.restore();
  }
}

describe.each(BINDINGS)('scenario 32: Firehose SSE invariants for any sequence of calls [%s]', (binding) => {
  it('hold for random calls, key changes and time steps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(step, { minLength: 1, maxLength: 60 }), (seed, steps) => run(binding, seed, steps)),
      { numRuns: 60 },
    );
  });

  it('hold when Start/Stop hammer one stream past the 25-per-24-hours limit', async () => {
    // Cycles of Start, a pause, Stop, a pause: every call is accepted until the limit bites.
    const cycle = fc.record({ key: fc.constantFrom('owned' as const, 'cmk2' as const), pause: fc.integer({ min: 11 * SECOND, max: 2 * HOUR }) });
    const hammer = fc.array(cycle, { minLength: 14, maxLength: 40 }).map((cycles) =>
      cycles.flatMap((c): Step[] => [
        { kind: 'start', stream: 'direct-a', key: c.key },
        { kind: 'advance', ms: c.pause },
        { kind: 'put', stream: 'direct-a' },
        { kind: 'stop', stream: 'direct-a' },
        { kind: 'advance', ms: c.pause },
      ]),
    );
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), hammer, (seed, steps) => run(binding, seed, steps)), { numRuns: 15 });
  });
});
