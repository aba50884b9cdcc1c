import { operationTable, type OperationTable } from '../operation';
import { cancelKeyDeletion } from './cancel-key-deletion';
import { createAlias } from './create-alias';
import { createKeyOperation } from './create-key';
import { describeKey } from './describe-key';
import { disableKey } from './disable-key';
import { enableKey } from './enable-key';
import { listAliases } from './list-aliases';
import { listGrants } from './list-grants';
import { scheduleKeyDeletion } from './schedule-key-deletion';
import { decrypt } from './decrypt';
import { deleteAlias } from './delete-alias';
import { disableKeyRotation } from './disable-key-rotation';
import { enableKeyRotation } from './enable-key-rotation';
import { encrypt } from './encrypt';
import { generateDataKey } from './generate-data-key';
import { getKeyPolicy } from './get-key-policy';
import { getKeyRotationStatus } from './get-key-rotation-status';
import { listKeys } from './list-keys';
import { listResourceTags } from './list-resource-tags';
import { putKeyPolicy } from './put-key-policy';
import { tagResource } from './tag-resource';
import { untagResource } from './untag-resource';
import { updateAlias } from './update-alias';

/**
 * Every modelled KMS operation, by AWS name.
 *
 * @example
 * ```ts
 * kmsOperations['DescribeKey']?.input.members['KeyId']; // { type: 'string', required: true, min: 1, max: 2048 }
 * ```
 */
export const kmsOperations: OperationTable = operationTable([
  cancelKeyDeletion,
  createAlias,
  createKeyOperation,
  decrypt,
  deleteAlias,
  describeKey,
  disableKey,
  disableKeyRotation,
  enableKey,
  enableKeyRotation,
  encrypt,
  generateDataKey,
  getKeyPolicy,
  getKeyRotationStatus,
  listAliases,
  listGrants,
  listKeys,
  listResourceTags,
  putKeyPolicy,
  scheduleKeyDeletion,
  tagResource,
  untagResource,
  updateAlias,
]);
