import { legacyOperation, operationTable, type OperationTable } from '../operation';
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
 * kmsOperations.DescribeKey(world, { KeyId: 'alias/aws/kinesis' }, { now: 0, region: 'us-east-1' });
 * ```
 */
export const kmsOperations: OperationTable = operationTable([
  legacyOperation('kms', 'CancelKeyDeletion', cancelKeyDeletion),
  legacyOperation('kms', 'CreateAlias', createAlias),
  legacyOperation('kms', 'CreateKey', createKeyOperation),
  legacyOperation('kms', 'DescribeKey', describeKey),
  legacyOperation('kms', 'DisableKey', disableKey),
  legacyOperation('kms', 'EnableKey', enableKey),
  legacyOperation('kms', 'ListAliases', listAliases),
  legacyOperation('kms', 'ListGrants', listGrants),
  legacyOperation('kms', 'ScheduleKeyDeletion', scheduleKeyDeletion),
]);
