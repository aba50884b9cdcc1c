import { serviceError, type ServiceError } from '../errors';

// KMS's own answers, in one place, each with its evidence grade (docs/kms.md repeats them).

/**
 * `NotFoundException: Key '<key ARN>' does not exist` [REAL: LocalStack snapshots recorded against
 * AWS 2023; boundary-reference-architecture#15 (2020)].
 *
 * @example
 * ```ts
 * keyDoesNotExist('arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
 * ```
 */
export function keyDoesNotExist(keyArn: string): ServiceError {
  return serviceError('kms', 'NotFoundException', `Key '${keyArn}' does not exist`);
}

/**
 * `NotFoundException: Alias <alias ARN> is not found.` [REAL: cloudposse/docs#152 (2018), sigstore/cosign#1474 (2022)].
 *
 * @example
 * ```ts
 * aliasNotFound('arn:aws:kms:us-east-1:123456789012:alias/orders');
 * ```
 */
export function aliasNotFound(aliasArn: string): ServiceError {
  return serviceError('kms', 'NotFoundException', `Alias ${aliasArn} is not found.`);
}

/**
 * `NotFoundException: Invalid keyId '<value>'` for a KeyId that is none of the accepted forms
 * [REAL: LocalStack snapshot `test_get_key_invalid_uuid`, recorded against AWS 2023].
 *
 * @example
 * ```ts
 * invalidKeyId('not-a-key');
 * ```
 */
export function invalidKeyId(keyId: string): ServiceError {
  return serviceError('kms', 'NotFoundException', `Invalid keyId '${keyId}'`);
}

/**
 * `NotFoundException: Invalid arn <region>` for an ARN of another region than the caller's
 * [REAL: LocalStack snapshot `test_get_key_in_different_region` 2023; kube-aws#1041; openssl-engine-kms#1].
 *
 * @example
 * ```ts
 * invalidArnRegion('eu-west-1');
 * ```
 */
export function invalidArnRegion(region: string): ServiceError {
  return serviceError('kms', 'NotFoundException', `Invalid arn ${region}`);
}

/**
 * `KMSInvalidStateException: <key ARN> is pending deletion.` [REAL: hashicorp/terraform-provider-aws#17889;
 * DOC: key-state table note 3].
 *
 * @example
 * ```ts
 * pendingDeletion(key.arn);
 * ```
 */
export function pendingDeletion(keyArn: string): ServiceError {
  return serviceError('kms', 'KMSInvalidStateException', `${keyArn} is pending deletion.`);
}

/**
 * `KMSInvalidStateException: <key ARN> is not pending deletion.` [DOC: key-state table note 4].
 *
 * @example
 * ```ts
 * notPendingDeletion(key.arn);
 * ```
 */
export function notPendingDeletion(keyArn: string): ServiceError {
  return serviceError('kms', 'KMSInvalidStateException', `${keyArn} is not pending deletion.`);
}

/**
 * `DisabledException: <key ARN> is disabled.` [REAL: hashicorp/terraform#5688, #14029; DOC: key-state note 1].
 *
 * @example
 * ```ts
 * keyDisabled(key.arn);
 * ```
 */
export function keyDisabled(keyArn: string): ServiceError {
  return serviceError('kms', 'DisabledException', `${keyArn} is disabled.`);
}

/**
 * `AlreadyExistsException: An alias with the name <alias ARN> already exists` [REAL:
 * cloudbees-oss/terraform-aws-cloudbees-ci-eks-addon#66 (2024), crossplane-contrib/provider-aws#1741].
 *
 * @example
 * ```ts
 * aliasExists('arn:aws:kms:us-east-1:123456789012:alias/orders');
 * ```
 */
export function aliasExists(aliasArn: string): ServiceError {
  return serviceError('kms', 'AlreadyExistsException', `An alias with the name ${aliasArn} already exists`);
}

/**
 * A ValidationException with a service-side text (not a constraint of the model).
 *
 * @example
 * ```ts
 * kmsValidation('PendingWindowInDays must be between 7 and 30');
 * ```
 */
export function kmsValidation(message: string): ServiceError {
  return serviceError('kms', 'ValidationException', message);
}

/**
 * `AccessDeniedException` for managing an AWS managed key, whose key policy allows no one to
 * enable, disable, schedule deletion of or alias it [INF: type and IAM-style text; the key policy
 * of AWS managed keys is DOC]. The caller is the account root, since the world models no IAM.
 *
 * @example
 * ```ts
 * awsManagedKeyDenied('123456789012', 'DisableKey', key.arn);
 * ```
 */
export function awsManagedKeyDenied(account: string, operation: string, keyArn: string): ServiceError {
  return serviceError(
    'kms',
    'AccessDeniedException',
    `User: arn:aws:iam::${account}:root is not authorized to perform: kms:${operation} on resource: ${keyArn} ` +
      `because no resource-based policy allows the kms:${operation} action`,
  );
}
