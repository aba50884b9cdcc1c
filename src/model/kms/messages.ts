import { serviceError, type ServiceError } from '../errors';

// KMS's own answers (every message text and error builder of KMS), in one place, each with its evidence grade (docs/kms.md repeats them).

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

/**
 * `ValidationException` for an alias name without the `alias/` prefix [REAL].
 *
 * @example
 * ```ts
 * aliasPrefixRequired().message; // 'Alias must start with the prefix "alias/". Please see …'
 * ```
 */
export function aliasPrefixRequired(): ServiceError {
  return kmsValidation('Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html');
}

/**
 * `NotAuthorizedException` for an alias under the reserved `alias/aws/` prefix [DOC: reserved;
 * PEER moto: the type; the SDK reports an empty body's message as `UnknownError`].
 *
 * @example
 * ```ts
 * reservedAliasDenied().type; // 'NotAuthorizedException'
 * ```
 */
export function reservedAliasDenied(): ServiceError {
  return serviceError('kms', 'NotAuthorizedException', 'UnknownError');
}

/**
 * `ValidationException: <alias> contains invalid characters for an alias` for a `:` in an alias
 * name [PEER moto].
 *
 * @example
 * ```ts
 * aliasInvalidCharacters('alias/x:y');
 * ```
 */
export function aliasInvalidCharacters(aliasName: string): ServiceError {
  return kmsValidation(`${aliasName} contains invalid characters for an alias`);
}

/**
 * `ValidationException: Aliases must refer to keys. Not aliases` for an alias given as an alias's
 * target [PEER moto].
 *
 * @example
 * ```ts
 * aliasTargetIsAlias();
 * ```
 */
export function aliasTargetIsAlias(): ServiceError {
  return kmsValidation('Aliases must refer to keys. Not aliases');
}

/**
 * `ValidationException: PendingWindowInDays must be between 7 and 30` [REAL].
 *
 * @example
 * ```ts
 * pendingWindowOutOfRange();
 * ```
 */
export function pendingWindowOutOfRange(): ServiceError {
  return kmsValidation('PendingWindowInDays must be between 7 and 30');
}

/**
 * `ValidationException` for CreateKey with both KeySpec and CustomerMasterKeySpec [INF text].
 *
 * @example
 * ```ts
 * bothKeySpecs();
 * ```
 */
export function bothKeySpecs(): ServiceError {
  return kmsValidation('You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec parameter is deprecated. Use KeySpec.');
}

/**
 * `ValidationException` for CreateKey of a non-symmetric key without KeyUsage [REAL: LocalStack
 * snapshot test_hmac_create_key_invalid_operations (2023)].
 *
 * @example
 * ```ts
 * keyUsageRequired();
 * ```
 */
export function keyUsageRequired(): ServiceError {
  return kmsValidation('You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.');
}

/**
 * `ValidationException: KeyUsage <usage> is not compatible with KeySpec <spec>.` [DOC: which pairs
 * are valid; INF: text].
 *
 * @example
 * ```ts
 * keyUsageIncompatible('ENCRYPT_DECRYPT', 'HMAC_256');
 * ```
 */
export function keyUsageIncompatible(usage: string, spec: string): ServiceError {
  return kmsValidation(`KeyUsage ${usage} is not compatible with KeySpec ${spec}.`);
}

/**
 * `InvalidMarkerException` for a marker this world did not make [MODEL: type; INF: text].
 *
 * @example
 * ```ts
 * invalidMarker().type; // 'InvalidMarkerException'
 * ```
 */
export function invalidMarker(): ServiceError {
  return serviceError('kms', 'InvalidMarkerException', 'The request was rejected because the marker that specifies where pagination should next begin is not valid.');
}
