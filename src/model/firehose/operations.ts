import { legacyOperation, operationTable, type OperationTable } from '../operation';
import { createDeliveryStream } from './create-delivery-stream';
import { deleteDeliveryStream } from './delete-delivery-stream';
import { describeDeliveryStream } from './describe-delivery-stream';
import { listDeliveryStreams } from './list-delivery-streams';
import { putRecord } from './put-record';
import { putRecordBatch } from './put-record-batch';
import { startDeliveryStreamEncryption } from './start-delivery-stream-encryption';
import { stopDeliveryStreamEncryption } from './stop-delivery-stream-encryption';

/**
 * Every modelled Firehose operation, by AWS name.
 *
 * @example
 * ```ts
 * Object.keys(firehoseOperations); // ['CreateDeliveryStream', ...]
 * ```
 */
export const firehoseOperations: OperationTable = operationTable([
  legacyOperation('firehose', 'CreateDeliveryStream', createDeliveryStream),
  legacyOperation('firehose', 'DeleteDeliveryStream', deleteDeliveryStream),
  legacyOperation('firehose', 'DescribeDeliveryStream', describeDeliveryStream),
  legacyOperation('firehose', 'ListDeliveryStreams', listDeliveryStreams),
  legacyOperation('firehose', 'PutRecord', putRecord),
  legacyOperation('firehose', 'PutRecordBatch', putRecordBatch),
  legacyOperation('firehose', 'StartDeliveryStreamEncryption', startDeliveryStreamEncryption),
  legacyOperation('firehose', 'StopDeliveryStreamEncryption', stopDeliveryStreamEncryption),
]);
