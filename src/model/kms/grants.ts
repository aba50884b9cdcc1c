import type { ModelWorld } from '../world';
import type { KmsGrant, KmsKey } from './state';

/**
 * The principal Firehose grants name as grantee and retiring principal. [INFERRED]
 *
 * @example
 * ```ts
 * createGrant(world, key, { holder: arn, granteePrincipal: FIREHOSE_PRINCIPAL, operations: FIREHOSE_GRANT_OPERATIONS }, now);
 * ```
 */
export const FIREHOSE_PRINCIPAL = 'firehose.amazonaws.com';

/**
 * The operations a Firehose grant allows: what Firehose needs to encrypt and deliver records. [INFERRED]
 *
 * @example
 * ```ts
 * FIREHOSE_GRANT_OPERATIONS.includes('GenerateDataKey'); // true
 * ```
 */
export const FIREHOSE_GRANT_OPERATIONS: readonly string[] = ['Encrypt', 'Decrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'ReEncryptFrom', 'ReEncryptTo', 'DescribeKey'];

/**
 * What a service asks for when it creates a grant on a key for one of its resources.
 *
 * @example
 * ```ts
 * const req: GrantRequest = { holder: deliveryStreamArn, granteePrincipal: FIREHOSE_PRINCIPAL, operations: FIREHOSE_GRANT_OPERATIONS };
 * ```
 */
export interface GrantRequest {
  /** The resource that holds the grant (a delivery stream ARN). */
  readonly holder: string;
  readonly granteePrincipal: string;
  readonly retiringPrincipal?: string;
  readonly operations: readonly string[];
  readonly name?: string;
}

function grantId(world: ModelWorld): string {
  let out = '';
  for (let i = 0; i < 64; i++) out += Math.floor(world.ids.next() * 16).toString(16);
  return out;
}

/**
 * Creates a grant on `key` (as KMS CreateGrant on behalf of an AWS service) and returns it. The
 * grant id (64 hex digits, as KMS makes them) is drawn from the world's id generator. The caller
 * decides beforehand whether the key can take a grant (see `keyProblem`).
 *
 * @example
 * ```ts
 * const grant = createGrant(world, key, { holder: arn, granteePrincipal: FIREHOSE_PRINCIPAL, retiringPrincipal: FIREHOSE_PRINCIPAL, operations: FIREHOSE_GRANT_OPERATIONS }, now);
 * ```
 */
export function createGrant(world: ModelWorld, key: KmsKey, request: GrantRequest, now: number): KmsGrant {
  const grant: KmsGrant = {
    grantId: grantId(world),
    keyArn: key.arn,
    granteePrincipal: request.granteePrincipal,
    operations: [...request.operations],
    creationDate: now,
    holder: request.holder,
    ...(request.name === undefined ? {} : { name: request.name }),
    ...(request.retiringPrincipal === undefined ? {} : { retiringPrincipal: request.retiringPrincipal }),
  };
  world.kms.grants.set(grant.grantId, grant);
  return grant;
}

/**
 * Retires a grant as its retiring principal would. A grant that no longer exists (revoked through
 * KMS, or its key deleted) counts as retired. Fails, leaving the grant in place, while the key has
 * the `grant-revoked` or `access-denied` condition switched on (the service cannot reach the grant).
 *
 * @example
 * ```ts
 * const r = retireGrant(world, grantId);
 * if (!r.ok) console.log(r.reason);
 * ```
 */
export function retireGrant(world: ModelWorld, grantId: string): { readonly ok: true } | { readonly ok: false; readonly reason: string } {
  const grant = world.kms.grants.get(grantId);
  if (grant === undefined) return { ok: true };
  const key = world.kms.keys.get(grant.keyArn);
  if (key === undefined) {
    world.kms.grants.delete(grantId);
    return { ok: true };
  }
  if (key.conditions.has('access-denied')) {
    return { ok: false, reason: `Access denied when retiring grant ${grantId} on KMS key ${key.arn}.` };
  }
  if (key.conditions.has('grant-revoked')) {
    return { ok: false, reason: `Grant ${grantId} on KMS key ${key.arn} was revoked and cannot be retired.` };
  }
  world.kms.grants.delete(grantId);
  return { ok: true };
}

/**
 * Whether the grant still lets its holder use its key: it exists, and the key does not have the
 * `grant-revoked` condition switched on.
 *
 * @example
 * ```ts
 * grantUsable(world, stream.grantId);
 * ```
 */
export function grantUsable(world: ModelWorld, grantId: string): boolean {
  const grant = world.kms.grants.get(grantId);
  if (grant === undefined) return false;
  const key = world.kms.keys.get(grant.keyArn);
  return key !== undefined && !key.conditions.has('grant-revoked');
}

/**
 * The grants on a key (by key ARN), or every grant, in creation order.
 *
 * @example
 * ```ts
 * grantsOn(world, key.arn).length;
 * ```
 */
export function grantsOn(world: ModelWorld, keyArn?: string): KmsGrant[] {
  const all = [...world.kms.grants.values()];
  return keyArn === undefined ? all : all.filter((g) => g.keyArn === keyArn);
}

/**
 * The grants a resource (e.g. a delivery stream ARN) holds.
 *
 * @example
 * ```ts
 * grantsHeldBy(world, deliveryStreamArn);
 * ```
 */
export function grantsHeldBy(world: ModelWorld, holder: string): KmsGrant[] {
  return [...world.kms.grants.values()].filter((g) => g.holder === holder);
}
