/**
 * Worlds with resources in every state, and the catalog of their names, so generated inputs can
 * name what exists (and what does not). Built with the world's setup views and calls, on a
 * virtual clock the runner advances by generated amounts between calls, so transitions fire.
 */
import { createWorld, virtualClock, type VirtualClock, type World } from '../src/index';
import { encodeIterator } from '../src/model/kinesis/iterator';
import { streamArn } from '../src/model/kinesis/streams';

/** What a fuzz world holds, by name: the values generators use to name resources. */
export interface Catalog {
  readonly accountId: string;
  readonly region: string;
  readonly otherRegion: string;
  readonly streamNames: readonly string[];
  readonly streamArns: readonly string[];
  readonly deliveryStreamNames: readonly string[];
  readonly deliveryStreamArns: readonly string[];
  /** Key ids, key ARNs, alias names and alias ARNs of every key (customer and AWS managed). */
  readonly keyIds: readonly string[];
  readonly keyArns: readonly string[];
  readonly aliasNames: readonly string[];
  readonly aliasArns: readonly string[];
  /** Shard iterators issued during setup (valid when issued; they expire after 5 minutes). */
  readonly iterators: readonly string[];
  /** Pagination tokens issued during setup: ListStreams NextToken, KMS NextMarker. */
  readonly kinesisTokens: readonly string[];
  readonly kmsMarkers: readonly string[];
  /** Names that exist nowhere. */
  readonly missingNames: readonly string[];
}

/** A world ready to be fuzzed: the world, its virtual clock, and what it holds. */
export interface FuzzWorld {
  readonly world: World;
  readonly clock: VirtualClock;
  readonly catalog: Catalog;
}

const START = Date.UTC(2026, 0, 1);

function must(r: { readonly ok: boolean; readonly value?: unknown; readonly error?: { readonly type: string; readonly message: string } }, what: string): unknown {
  if (!r.ok) throw new Error(`fuzz world setup: ${what} failed: ${r.error?.type}: ${r.error?.message}`);
  return r.value;
}

/**
 * A world (seeded with `seed`) holding:
 * - Kinesis streams ACTIVE unencrypted and encrypted (customer key, AWS managed key), CREATING,
 *   UPDATING (an encryption change under way), DELETING, one in another region, with records;
 * - KMS keys Enabled, Disabled, PendingDeletion, with test conditions (throttled, access-denied),
 *   asymmetric, in another region, with aliases, and the AWS managed keys of Kinesis and Firehose;
 * - Firehose delivery streams ENABLED (customer and AWS owned), DISABLED, ENABLING, DISABLING,
 *   ENABLING_FAILED, CREATING, a KinesisStreamAsSource one, with records.
 * Every transition still pending fires once the clock moves past it (seconds to minutes).
 */
export function fuzzWorld(seed: number): FuzzWorld {
  const clock = virtualClock(START);
  const world = createWorld({ seed, clock, kinesis: { limits: { keyApplicationsPer24h: 6, stopsPer24h: 6 } }, firehose: { limits: { startStopPer24h: 8 } } });
  const { kms, kinesis, firehose } = world;
  const region = world.region;
  const otherRegion = 'eu-west-1';

  const enabled = kms.createKey({ alias: 'alias/fz-enabled', description: 'enabled' });
  kms.createAlias('alias/fz-enabled-2', enabled.KeyId);
  const disabled = kms.createKey({ alias: 'alias/fz-disabled' });
  const pending = kms.createKey({ alias: 'alias/fz-pending' });
  const throttled = kms.createKey({ alias: 'alias/fz-throttled', conditions: ['throttled'] });
  const denied = kms.createKey({ alias: 'alias/fz-denied', conditions: ['access-denied'] });
  const asymmetric = kms.createKey({ alias: 'alias/fz-rsa', spec: 'RSA_2048', usage: 'ENCRYPT_DECRYPT' });
  const failing = kms.createKey({ alias: 'alias/fz-failing' });
  const far = kms.createKey({ alias: 'alias/fz-far', region: otherRegion });
  const multi = kms.createKey({ alias: 'alias/fz-mrk', multiRegion: true });

  kinesis.createStream('fz-plain', { shardCount: 2 });
  kinesis.createStream('fz-encrypted');
  kinesis.createStream('fz-managed');
  kinesis.createStream('fz-updating', { shardCount: 3 });
  kinesis.createStream('fz-deleting');
  kinesis.createStream('fz-far', { region: otherRegion });
  const call = (service: 'kinesis' | 'firehose' | 'kms', op: string, input: unknown): unknown => must(world.call(service, op, input), `${service}.${op}`);
  call('kinesis', 'StartStreamEncryption', { StreamName: 'fz-encrypted', EncryptionType: 'KMS', KeyId: enabled.Arn });
  call('kinesis', 'StartStreamEncryption', { StreamName: 'fz-managed', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
  for (const name of ['fz-plain', 'fz-encrypted', 'fz-managed']) {
    for (let i = 0; i < 3; i++) call('kinesis', 'PutRecord', { StreamName: name, PartitionKey: `pk-${i}`, Data: new Uint8Array([i, 1, 2, 3]) });
  }

  firehose.createDeliveryStream('fz-enabled', { encryption: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: enabled.Arn } });
  firehose.createDeliveryStream('fz-owned', { encryption: { KeyType: 'AWS_OWNED_CMK' } });
  firehose.createDeliveryStream('fz-disabled');
  firehose.createDeliveryStream('fz-enabling');
  firehose.createDeliveryStream('fz-disabling', { encryption: { KeyType: 'AWS_OWNED_CMK' } });
  firehose.createDeliveryStream('fz-failed');
  firehose.createDeliveryStream('fz-source', { type: 'KinesisStreamAsSource', kinesisStreamARN: streamArn(region, world.accountId, 'fz-plain') });
  for (const name of ['fz-enabled', 'fz-owned', 'fz-disabled']) call('firehose', 'PutRecord', { DeliveryStreamName: name, Record: { Data: new Uint8Array([9, 8, 7]) } });

  // Let the encryption changes and creations above finish, then start the ones that stay under way.
  clock.advance(120_000);
  world.now();
  call('firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'fz-failed', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: failing.Arn } });
  kms.disable(failing.KeyId); // the change completes as ENABLING_FAILED
  clock.advance(60_000);
  world.now();
  kms.disable(disabled.KeyId);
  kms.scheduleDeletion(pending.KeyId, 7);

  const iterators: string[] = [];
  for (const name of ['fz-plain', 'fz-encrypted', 'fz-managed']) {
    const it = call('kinesis', 'GetShardIterator', { StreamName: name, ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }) as { ShardIterator: string };
    iterators.push(it.ShardIterator);
  }
  const kinesisTokens: string[] = [];
  const listed = call('kinesis', 'ListStreams', { Limit: 2 }) as { NextToken?: string };
  if (listed.NextToken !== undefined) kinesisTokens.push(listed.NextToken);
  const kmsMarkers: string[] = [];
  const aliases = call('kms', 'ListAliases', { Limit: 3 }) as { NextMarker?: string };
  if (aliases.NextMarker !== undefined) kmsMarkers.push(aliases.NextMarker);
  const grants = call('kms', 'ListGrants', { KeyId: enabled.KeyId, Limit: 1 }) as { NextMarker?: string };
  if (grants.NextMarker !== undefined) kmsMarkers.push(grants.NextMarker);

  // Under way when fuzzing begins: UPDATING, DELETING, ENABLING, DISABLING, CREATING.
  call('kinesis', 'StartStreamEncryption', { StreamName: 'fz-updating', EncryptionType: 'KMS', KeyId: 'alias/fz-enabled' });
  call('kinesis', 'DeleteStream', { StreamName: 'fz-deleting' });
  kinesis.createStream('fz-creating', { active: false });
  firehose.createDeliveryStream('fz-creating', { active: false });
  call('firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'fz-enabling', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: enabled.Arn } });
  call('firehose', 'StopDeliveryStreamEncryption', { DeliveryStreamName: 'fz-disabling' });

  const managedKinesis = kms.describe('alias/aws/kinesis');
  const managedFirehose = kms.describe('alias/aws/firehose');
  const keys = [enabled, disabled, pending, throttled, denied, asymmetric, failing, far, multi, managedKinesis, managedFirehose].filter((k) => k !== undefined);
  const aliasNames = [...new Set(keys.flatMap((k) => k.aliases).concat(['alias/aws/kinesis', 'alias/aws/firehose', 'alias/aws/kms']))];
  const streamNames = ['fz-plain', 'fz-encrypted', 'fz-managed', 'fz-updating', 'fz-deleting', 'fz-creating', 'fz-far'];
  const deliveryStreamNames = ['fz-enabled', 'fz-owned', 'fz-disabled', 'fz-enabling', 'fz-disabling', 'fz-failed', 'fz-creating', 'fz-source'];
  const catalog: Catalog = {
    accountId: world.accountId,
    region,
    otherRegion,
    streamNames,
    streamArns: streamNames.map((n) => streamArn(n === 'fz-far' ? otherRegion : region, world.accountId, n)),
    deliveryStreamNames,
    deliveryStreamArns: deliveryStreamNames.map((n) => `arn:aws:firehose:${region}:${world.accountId}:deliverystream/${n}`),
    keyIds: keys.map((k) => k.KeyId),
    keyArns: keys.map((k) => k.Arn),
    aliasNames,
    aliasArns: aliasNames.map((a) => `arn:aws:kms:${region}:${world.accountId}:${a}`),
    iterators,
    kinesisTokens,
    kmsMarkers,
    missingNames: ['fz-missing', 'missing-stream'],
  };
  return { world, clock, catalog };
}

/**
 * A shard iterator in the model's format (see `src/model/kinesis/iterator.ts`) naming any ARN,
 * shard, position and issue time: what a caller forging or corrupting one would send.
 */
export function forgedIterator(arn: string, shardIndex: number, position: bigint, issuedAt: number, serial = 0): string {
  return encodeIterator({ arn, serial, shardIndex, position, issuedAt });
}

/** The virtual time fuzz worlds start at. */
export const FUZZ_START = START;
