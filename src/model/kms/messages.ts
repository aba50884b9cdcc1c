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

/**
 * `CustomKeyStoreNotFoundException` for a `CustomKeyStoreId`: the world holds no custom key stores.
 * [DOC: the exception's description in the service model, used as its text; INF: that AWS sends it]
 *
 * @example
 * ```ts
 * customKeyStoreNotFound().type; // 'CustomKeyStoreNotFoundException'
 * ```
 */
export function customKeyStoreNotFound(): ServiceError {
  return serviceError('kms', 'CustomKeyStoreNotFoundException', 'The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.');
}

/**
 * `UnsupportedOperationException` for a key the world cannot hold: imported key material
 * (`Origin: EXTERNAL`) or a key in a key store. [INF: the harness's own text, naming the limit]
 *
 * @example
 * ```ts
 * originNotModelled('EXTERNAL').message; // 'CreateKey with Origin EXTERNAL is not modelled by kinesis-sse-harness: …'
 * ```
 */
export function originNotModelled(origin: string): ServiceError {
  return serviceError(
    'kms',
    'UnsupportedOperationException',
    `CreateKey with Origin ${origin} is not modelled by kinesis-sse-harness: the world creates keys with Origin AWS_KMS only (no imported key material, no custom key stores).`,
  );
}

/**
 * `TagException: Too many tags` for more than 50 tags on a key [REAL: LocalStack snapshot
 * `test_create_key_with_too_many_tags_raises_error`, recorded against AWS 2025-01].
 *
 * @example
 * ```ts
 * tooManyTags().message; // 'Too many tags'
 * ```
 */
export function tooManyTags(): ServiceError {
  return serviceError('kms', 'TagException', 'Too many tags');
}

/**
 * `TagException: Tags beginning with aws: are reserved` for a tag key starting `aws:` in any case
 * [REAL: LocalStack snapshots `test_create_key_with_invalid_tag_key[lowercase_prefix|uppercase_prefix]`,
 * `test_tag_existing_key_with_invalid_tag_key`, recorded against AWS 2025-01].
 *
 * @example
 * ```ts
 * reservedTagKey().type; // 'TagException'
 * ```
 */
export function reservedTagKey(): ServiceError {
  return serviceError('kms', 'TagException', 'Tags beginning with aws: are reserved');
}

/**
 * `TagException: Duplicate tag keys` for one tag key given twice in a request [REAL: LocalStack
 * snapshot `test_tag_key_with_duplicate_tag_keys_raises_error`, recorded against AWS 2025-01].
 *
 * @example
 * ```ts
 * duplicateTagKeys().message; // 'Duplicate tag keys'
 * ```
 */
export function duplicateTagKeys(): ServiceError {
  return serviceError('kms', 'TagException', 'Duplicate tag keys');
}

/**
 * `MalformedPolicyDocumentException` with no message, for a policy that is not a JSON policy
 * document [REAL: aws/aws-sdk-ruby#1784 (2018), "an empty string is returned as the error message"].
 *
 * @example
 * ```ts
 * malformedPolicy().message; // ''
 * ```
 */
export function malformedPolicy(): ServiceError {
  return serviceError('kms', 'MalformedPolicyDocumentException', '');
}

/**
 * `MalformedPolicyDocumentException: Policy contains a statement with one or more invalid
 * principals.` [REAL: LBHackney-IT/Data-Platform#2238 (2025), cookiecutter-openedx-devops#62 (2023)].
 *
 * @example
 * ```ts
 * invalidPrincipals().type; // 'MalformedPolicyDocumentException'
 * ```
 */
export function invalidPrincipals(): ServiceError {
  return serviceError('kms', 'MalformedPolicyDocumentException', 'Policy contains a statement with one or more invalid principals.');
}

/**
 * `MalformedPolicyDocumentException: The new key policy will not allow you to update the key
 * policy in the future.` (the policy lockout safety check) [REAL: trussworks/terraform-aws-cloudtrail#178
 * (2021), terraform-aws-modules/terraform-aws-kms#14 (2023), widdix/aws-cf-templates#259 (2019)].
 *
 * @example
 * ```ts
 * policyLockout().type; // 'MalformedPolicyDocumentException'
 * ```
 */
export function policyLockout(): ServiceError {
  return serviceError('kms', 'MalformedPolicyDocumentException', 'The new key policy will not allow you to update the key policy in the future.');
}

/**
 * `NotFoundException` for a PolicyName other than `default` ("The only valid name is default" [DOC];
 * INF: type and text).
 *
 * @example
 * ```ts
 * policyNameNotFound('other').type; // 'NotFoundException'
 * ```
 */
export function policyNameNotFound(policyName: string): ServiceError {
  return serviceError('kms', 'NotFoundException', `No such policy exists: ${policyName}`);
}

/**
 * `InvalidKeyUsageException: <key ARN> key usage is <usage> which is not valid for <Operation>.`
 * [REAL: LocalStack snapshot `test_error_messaging_for_invalid_keys` (Encrypt, 2023)].
 *
 * @example
 * ```ts
 * keyUsageNotValid(key.arn, 'SIGN_VERIFY', 'Encrypt');
 * ```
 */
export function keyUsageNotValid(keyArn: string, usage: string, operation: string): ServiceError {
  return serviceError('kms', 'InvalidKeyUsageException', `${keyArn} key usage is ${usage} which is not valid for ${operation}.`);
}

/**
 * `InvalidKeyUsageException: <key ARN> key spec is <spec> which is not valid for <Operation>.` for
 * GenerateDataKey with an asymmetric key [DOC: symmetric keys only; INF: text, after the key-usage form].
 *
 * @example
 * ```ts
 * keySpecNotValid(key.arn, 'RSA_2048', 'GenerateDataKey');
 * ```
 */
export function keySpecNotValid(keyArn: string, spec: string, operation: string): ServiceError {
  return serviceError('kms', 'InvalidKeyUsageException', `${keyArn} key spec is ${spec} which is not valid for ${operation}.`);
}

/**
 * `InvalidKeyUsageException: Algorithm <algorithm> is incompatible with key spec <spec>.`
 * [PEER LocalStack (its MAC-algorithm text); INF for encryption algorithms].
 *
 * @example
 * ```ts
 * algorithmIncompatible('RSAES_OAEP_SHA_256', 'SYMMETRIC_DEFAULT');
 * ```
 */
export function algorithmIncompatible(algorithm: string, spec: string): ServiceError {
  return serviceError('kms', 'InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${spec}.`);
}

/**
 * `ValidationException: Algorithm <algorithm> and key spec <spec> cannot encrypt data larger than
 * <n> bytes.` [REAL: LocalStack snapshots `test_encrypt_validate_plaintext_size_per_key_type`, 2023].
 *
 * @example
 * ```ts
 * plaintextTooLarge('RSAES_OAEP_SHA_1', 'RSA_2048', 214);
 * ```
 */
export function plaintextTooLarge(algorithm: string, spec: string, max: number): ServiceError {
  return kmsValidation(`Algorithm ${algorithm} and key spec ${spec} cannot encrypt data larger than ${max} bytes.`);
}

/**
 * `InvalidCiphertextException` with no message: a blob this world did not make, altered, or opened
 * with another encryption context [REAL: LocalStack snapshot `test_encrypt_decrypt_encryption_context`, 2025].
 *
 * @example
 * ```ts
 * invalidCiphertext().message; // ''
 * ```
 */
export function invalidCiphertext(): ServiceError {
  return serviceError('kms', 'InvalidCiphertextException', '');
}

/**
 * `IncorrectKeyException: The key ID in the request does not identify a CMK that can perform this
 * operation.` [REAL: LocalStack snapshots `test_error_messaging_for_invalid_keys`, `test_re_encrypt_incorrect_source_key`].
 *
 * @example
 * ```ts
 * incorrectKey().type; // 'IncorrectKeyException'
 * ```
 */
export function incorrectKey(): ServiceError {
  return serviceError('kms', 'IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.');
}

/**
 * `ValidationException: Please specify either number of bytes or key spec.` for GenerateDataKey
 * with neither or both of KeySpec and NumberOfBytes ("You must specify either … but not both" [DOC];
 * PEER moto: the text).
 *
 * @example
 * ```ts
 * dataKeyLengthRequired();
 * ```
 */
export function dataKeyLengthRequired(): ServiceError {
  return kmsValidation('Please specify either number of bytes or key spec.');
}

/**
 * `UnsupportedOperationException` with no message, for rotating a key that is not a symmetric
 * encryption key [REAL: LocalStack snapshot `test_rotate_key_on_demand_raises_error_given_non_symmetric_key`
 * (RotateKeyOnDemand, 2025); INF: EnableKeyRotation & co. answer alike].
 *
 * @example
 * ```ts
 * rotationNotSupported().type; // 'UnsupportedOperationException'
 * ```
 */
export function rotationNotSupported(): ServiceError {
  return serviceError('kms', 'UnsupportedOperationException', '');
}

/**
 * `DryRunOperationException: The request would have succeeded, but the DryRun option is set.` for a
 * call with `DryRun: true` that passes every check [DOC: the exception's description; INF: text].
 *
 * @example
 * ```ts
 * dryRun().type; // 'DryRunOperationException'
 * ```
 */
export function dryRun(): ServiceError {
  return serviceError('kms', 'DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.');
}
