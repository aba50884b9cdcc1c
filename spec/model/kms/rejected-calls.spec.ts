import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, addGrant, DAY, OTHER_ACCOUNT, OTHER_REGION, T0, UNKNOWN_KEY_ID } from '../../../fixtures/kms';
import { createWorld, virtualClock, type World } from '../../../src/index';

// Property: a KMS call the world rejects changes no KMS state (keys, aliases, grants, pending
// deletions, id draws), whatever the call and whatever state the keys are in.

interface Fixture {
  readonly world: World;
  readonly clock: ReturnType<typeof virtualClock>;
  readonly keyIds: readonly (string | undefined)[];
}

function fixture(): Fixture {
  const clock = virtualClock(T0);
  const world = createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 3, clock });
  const enabled = world.kms.createKey({ alias: 'alias/a' });
  const disabled = world.kms.createKey({ state: 'Disabled', alias: 'alias/b' });
  const pending = world.kms.createKey({ alias: 'alias/c' });
  world.kms.scheduleDeletion(pending.KeyId, 7);
  const rsa = world.kms.createKey({ spec: 'RSA_2048', usage: 'SIGN_VERIFY' });
  const eu = world.kms.createKey({ region: OTHER_REGION });
  const theirs = world.kms.createKey({ account: OTHER_ACCOUNT });
  const managed = world.call('kms', 'DescribeKey', { KeyId: 'alias/aws/kinesis' });
  if (!managed.ok) throw new Error('setup: alias/aws/kinesis');
  const managedId = (managed.value as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId;
  addGrant(world, enabled.Arn, { grantId: 'f'.repeat(64) });
  const keyIds = [
    enabled.KeyId,
    enabled.Arn,
    disabled.KeyId,
    disabled.Arn,
    pending.KeyId,
    pending.Arn,
    rsa.KeyId,
    eu.KeyId,
    eu.Arn,
    theirs.Arn,
    managedId,
    'alias/a',
    'alias/c',
    `arn:aws:kms:us-east-1:${ACCOUNT}:alias/b`,
    `arn:aws:kms:${OTHER_REGION}:${ACCOUNT}:alias/a`,
    'alias/aws/kinesis',
    'alias/aws/nope',
    'alias/none',
    UNKNOWN_KEY_ID,
    `arn:aws:kms:us-east-1:${ACCOUNT}:key/${UNKNOWN_KEY_ID}`,
    'not-a-key',
    '',
    'x'.repeat(2049),
    undefined,
  ];
  return { world, clock, keyIds };
}

/** Everything a KMS call could change, except the trace and the call counter. */
function kmsState(world: World): string {
  const m = world.model;
  return JSON.stringify({
    keys: [...m.kms.keys.entries()].map(([arn, k]) => [
      arn,
      { ...k, conditions: [...k.conditions], deletion: k.deletion === undefined ? null : { at: k.deletion.at, cancelled: k.deletion.cancelled } },
    ]),
    aliases: [...m.kms.aliases.entries()],
    grants: [...m.kms.grants.entries()],
    pending: m.pending.items.map((p) => [p.at, p.label, p.cancelled]),
    ids: m.ids.state(),
    rng: m.rng.state(),
  });
}

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

function callArb(keyIds: readonly (string | undefined)[]): fc.Arbitrary<{ readonly operation: string; readonly input: Record<string, unknown> }> {
  const keyId = fc.constantFrom(...keyIds);
  const strip = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const limit = maybe(fc.constantFrom(-1, 0, 1, 2, 100, 101));
  const marker = maybe(fc.constantFrom('garbage', 'YWxpYXMvYQ', ''));
  return fc.oneof(
    fc.record({ KeyId: keyId }).map((i) => ({ operation: 'DescribeKey', input: strip(i) })),
    fc.record({ KeyId: keyId }).map((i) => ({ operation: 'EnableKey', input: strip(i) })),
    fc.record({ KeyId: keyId }).map((i) => ({ operation: 'DisableKey', input: strip(i) })),
    fc.record({ KeyId: keyId, PendingWindowInDays: maybe(fc.constantFrom(-1, 0, 6, 7, 30, 31, 366)) }).map((i) => ({ operation: 'ScheduleKeyDeletion', input: strip(i) })),
    fc.record({ KeyId: keyId }).map((i) => ({ operation: 'CancelKeyDeletion', input: strip(i) })),
    fc
      .record({
        AliasName: maybe(fc.constantFrom('alias/new', 'alias/a', 'new', 'alias/aws/mine', 'alias/x:y', 'alias/bad name', '', `alias/${'n'.repeat(251)}`)),
        TargetKeyId: keyId,
      })
      .map((i) => ({ operation: 'CreateAlias', input: strip(i) })),
    fc.record({ KeyId: keyId, Limit: limit, Marker: marker }).map((i) => ({ operation: 'ListAliases', input: strip(i) })),
    fc.record({ KeyId: keyId, Limit: limit, Marker: marker }).map((i) => ({ operation: 'ListGrants', input: strip(i) })),
    fc
      .record({
        KeySpec: maybe(fc.constantFrom('SYMMETRIC_DEFAULT', 'RSA_2048', 'HMAC_256', 'ECC_NIST_P256', 'SM2', 'AES_256')),
        KeyUsage: maybe(fc.constantFrom('ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT', 'NOPE')),
        CustomerMasterKeySpec: maybe(fc.constantFrom('RSA_2048', 'NOPE')),
        Description: maybe(fc.constantFrom('d', 'x'.repeat(8193))),
      })
      .map((i) => ({ operation: 'CreateKey', input: strip(i) })),
  );
}

describe('KMS: a rejected call changes no state', () => {
  it('holds for any sequence of calls, at any time, on keys in every state', () => {
    const keyIds = fixture().keyIds.map((k) => k); // the shape of the pool; ids differ per world but are drawn the same way
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 3 * DAY }), { minLength: 1, maxLength: 15 }),
        fc.infiniteStream(callArb(keyIds)),
        (steps, calls) => {
          const f = fixture();
          // The fixture is built from the same seed, so its ids equal those the arbitrary drew from.
          expect(f.keyIds).toEqual(keyIds);
          const next = calls[Symbol.iterator]();
          for (const advance of steps) {
            f.clock.advance(advance);
            f.world.now();
            const before = kmsState(f.world);
            const { operation, input } = next.next().value as { operation: string; input: Record<string, unknown> };
            const result = f.world.call('kms', operation, input);
            if (!result.ok) {
              rejected++;
              expect(kmsState(f.world), `${operation} ${JSON.stringify(input)} → ${result.error.type}: ${result.error.message}`).toBe(before);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(rejected).toBeGreaterThan(100);
  });
});
