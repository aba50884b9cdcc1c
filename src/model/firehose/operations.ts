import { operationTable, type OperationTable } from '../operation';
import { createDeliveryStream } from './create-delivery-stream';
import { deleteDeliveryStream } from './delete-delivery-stream';
import { describeDeliveryStream } from './describe-delivery-stream';
import { listDeliveryStreams } from './list-delivery-streams';
import { listTagsForDeliveryStream } from './list-tags-for-delivery-stream';
import { putRecord } from './put-record';
import { putRecordBatch } from './put-record-batch';
import { startDeliveryStreamEncryption } from './start-delivery-stream-encryption';
import { stopDeliveryStreamEncryption } from './stop-delivery-stream-encryption';
import { tagDeliveryStream } from './tag-delivery-stream';
import { untagDeliveryStream } from './untag-delivery-stream';
import { updateDestination } from './update-destination';

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
  listTagsForDeliveryStream,
  putRecord,
  putRecordBatch,
  startDeliveryStreamEncryption,
  stopDeliveryStreamEncryption,
  tagDeliveryStream,
  untagDeliveryStream,
  updateDestination,
]);
