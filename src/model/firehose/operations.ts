import { operationTable, type OperationTable } from '../operation';
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
  createDeliveryStream,
  deleteDeliveryStream,
  describeDeliveryStream,
  listDeliveryStreams,
  putRecord,
  putRecordBatch,
  startDeliveryStreamEncryption,
  stopDeliveryStreamEncryption,
]);
