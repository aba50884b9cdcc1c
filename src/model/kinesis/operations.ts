import { operationTable, type OperationTable } from '../operation';
import { createStream } from './create-stream';
import { deleteStream } from './delete-stream';
import { describeStream } from './describe-stream';
import { describeStreamSummary } from './describe-stream-summary';
import { getRecords } from './get-records';
import { getShardIterator } from './get-shard-iterator';
import { listStreams } from './list-streams';
import { putRecord } from './put-record';
import { putRecords } from './put-records';
import { startStreamEncryption } from './start-stream-encryption';
import { stopStreamEncryption } from './stop-stream-encryption';

/**
 * Every modelled Kinesis Data Streams operation, by AWS name.
 *
 * @example
 * ```ts
 * Object.keys(kinesisOperations); // ['CreateStream', 'DeleteStream', ...]
 * ```
 */
export const kinesisOperations: OperationTable = operationTable([
  createStream,
  deleteStream,
  describeStream,
  describeStreamSummary,
  getRecords,
  getShardIterator,
  listStreams,
  putRecord,
  putRecords,
  startStreamEncryption,
  stopStreamEncryption,
]);
