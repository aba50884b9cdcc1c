import { formatArn, parseArn, partitionOf } from '../arn';
import type { ServiceError } from '../errors';
import { ANY_KEY_ID, AWS_MANAGED_SERVICES, awsManagedKey, keyIdForm, keyProblem, resolveKeyId, type KeyProblem } from '../kms/keys';
import { aliasesPointingTo } from '../kms/alias-index';
import type { KmsKey } from '../kms/state';
import type { ModelWorld } from '../world';
import { KMS_THROTTLED, kinesisError } from './messages';

const MANAGED_ALIAS = /^alias\/aws\/([a-z0-9-]+)$/;

function isManagedAliasName(aliasName: string): boolean {
  const m = MANAGED_ALIAS.exec(aliasName);
  return m !== null && AWS_MANAGED_SERVICES.includes(m[1]!);
}

/** Whether `keyId` names an AWS-managed key's alias (`alias/aws/kinesis`, or its alias ARN here). */
function isManagedAlias(world: ModelWorld, keyId: string, region: string): boolean {
  const form = keyIdForm(keyId);
  if (form === 'alias-name') return isManagedAliasName(keyId);
  if (form !== 'alias-arn') return false;
  const arn = parseArn(keyId)!;
  return arn.region === region && arn.account === world.accountId && isManagedAliasName(arn.resource);
}

function aliasArnOf(world: ModelWorld, keyId: string, region: string): string {
  return keyIdForm(keyId) === 'alias-arn' ? keyId : formatArn('kms', region, world.accountId, keyId);
}

/**
 * Whether KMS would let Kinesis use `keyId` now, without changing the world: an AWS-managed alias
 * whose key AWS has not created yet counts as usable (it is created when the call succeeds).
 *
 * @example
 * ```ts
 * const r = checkKey(world, 'alias/orders', now, 'us-east-1');
 * if (r.problem !== undefined) ...
 * ```
 */
export function checkKey(world: ModelWorld, keyId: string, _now: number, region: string): { readonly problem?: KeyProblem; readonly key?: KmsKey } {
  if (isManagedAlias(world, keyId, region)) {
    // An AWS managed key's policy lets only its own service use it (kms:ViaService). [INF]
    if (managedServiceOf(keyIdForm(keyId) === 'alias-arn' ? parseArn(keyId)!.resource : keyId) !== 'kinesis') return { problem: 'access-denied' };
    if (!world.kms.aliases.has(aliasArnOf(world, keyId, region))) return {};
  }
  const r = resolveKeyId(world, keyId, region, ANY_KEY_ID);
  if (r.found !== 'key') return { problem: 'not-found' };
  const problem = keyProblem(r.key, 'kinesis');
  if (problem !== undefined) return { problem, key: r.key };
  if (r.key.manager === 'AWS' && managedServiceOfKey(world, r.key) !== 'kinesis') return { problem: 'access-denied', key: r.key };
  return { key: r.key };
}

function managedServiceOf(aliasName: string): string | undefined {
  return MANAGED_ALIAS.exec(aliasName)?.[1];
}

/** The service whose AWS managed key `key` is (from its `alias/aws/<service>` alias). */
function managedServiceOfKey(world: ModelWorld, key: KmsKey): string | undefined {
  for (const alias of aliasesPointingTo(world.kms.aliases, key.arn)) {
    const service = managedServiceOf(alias.aliasName);
    if (service !== undefined) return service;
  }
  return undefined;
}

/**
 * The ARN of the key `keyId` names, without creating anything (an AWS-managed key not created
 * yet gets a stand-in name), or `undefined` when it names no key. Two KeyIds name the same key
 * when this is equal for both.
 *
 * @example
 * ```ts
 * peekKeyArn(world, 'alias/orders', 'us-east-1') === peekKeyArn(world, key.keyId, 'us-east-1');
 * ```
 */
function peekKeyArn(world: ModelWorld, keyId: string, region: string): string | undefined {
  if (isManagedAlias(world, keyId, region)) {
    const alias = world.kms.aliases.get(aliasArnOf(world, keyId, region));
    return alias?.targetKeyArn ?? `managed:${aliasArnOf(world, keyId, region)}`;
  }
  const r = resolveKeyId(world, keyId, region, ANY_KEY_ID);
  return r.found === 'key' ? r.key.arn : undefined;
}

/**
 * Whether two KeyIds name the same KMS key (the same text, or two forms of one key).
 *
 * @example
 * ```ts
 * sameKey(world, 'alias/orders', key.arn, 'us-east-1');
 * ```
 */
export function sameKey(world: ModelWorld, a: string, b: string, region: string): boolean {
  if (a === b) return true;
  const arnA = peekKeyArn(world, a, region);
  return arnA !== undefined && arnA === peekKeyArn(world, b, region);
}

/**
 * Makes sure the key `keyId` names exists: AWS creates the AWS-managed key when Kinesis first uses
 * it, so an accepted StartStreamEncryption creates it here (lookups never do).
 *
 * @example
 * ```ts
 * materializeKey(world, 'alias/aws/kinesis', now, 'us-east-1');
 * ```
 */
export function materializeKey(world: ModelWorld, keyId: string, now: number, region: string): void {
  const r = resolveKeyId(world, keyId, region, ANY_KEY_ID);
  if (r.found === 'aws-managed') awsManagedKey(world, r.service, now, r.region);
}

/**
 * The Kinesis exception for a key Kinesis cannot use. Texts follow KMS's own messages (the
 * Kinesis texts are [UNKNOWN] except the access-denied form, which is [REAL]); see docs/kinesis.md.
 *
 * @example
 * ```ts
 * kmsProblemError(world, 'disabled', 'alias/orders', key, 'us-east-1', 'kms:GenerateDataKey');
 * ```
 */
export function kmsProblemError(
  world: ModelWorld,
  problem: KeyProblem,
  keyId: string,
  key: KmsKey | undefined,
  region: string,
  action: 'kms:GenerateDataKey' | 'kms:Decrypt',
): ServiceError {
  const keyArn = key?.arn ?? formatArn('kms', region, world.accountId, `key/${keyId}`);
  switch (problem) {
    case 'not-found': {
      // KMS's own NotFoundException text for the KeyId (`Key '<arn>' does not exist`, `Alias <arn>
      // is not found.`, `Invalid keyId '<v>'`, `Invalid arn <region>`), as KMSNotFoundException.
      const located = resolveKeyId(world, keyId, region, ANY_KEY_ID);
      const message = located.found === 'none' ? located.error.message : `Key '${located.found === 'key' ? located.key.arn : keyArn}' does not exist`;
      return kinesisError('KMSNotFoundException', message);
    }
    case 'disabled':
      return kinesisError('KMSDisabledException', `${keyArn} is disabled.`);
    case 'pending-deletion':
      return kinesisError('KMSInvalidStateException', `${keyArn} is pending deletion.`);
    case 'access-denied':
    case 'grant-revoked':
      return kinesisError(
        'KMSAccessDeniedException',
        `User: arn:${partitionOf(region)}:sts::${world.accountId}:assumed-role/kinesis-sse-harness/session is not authorized to perform: ${action} on resource: ${keyArn}`,
      );
    case 'opt-in-required':
      return kinesisError('KMSOptInRequired', 'The AWS Access Key Id needs a subscription for the service');
    case 'throttled':
      return kinesisError('KMSThrottlingException', KMS_THROTTLED);
    case 'wrong-key-spec': {
      const what = key !== undefined && key.usage !== 'ENCRYPT_DECRYPT' ? `key usage is ${key.usage}` : `key spec is ${key?.spec ?? 'unknown'}`;
      const type = world.kinesisOptions.behaviour.wrongKeySpec === 'kms-invalid-state' ? 'KMSInvalidStateException' : 'InvalidArgumentException';
      return kinesisError(type, `${keyArn} ${what} which is not valid for GenerateDataKey.`);
    }
  }
}
