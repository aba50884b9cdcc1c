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
  describeKey,
  disableKey,
  enableKey,
  listAliases,
  listGrants,
  scheduleKeyDeletion,
]);
