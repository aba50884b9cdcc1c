import { legacyOperation, operationTable, type OperationTable } from '../operation';
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
  legacyOperation('kinesis', 'CreateStream', createStream),
  legacyOperation('kinesis', 'DeleteStream', deleteStream),
  legacyOperation('kinesis', 'DescribeStream', describeStream),
  legacyOperation('kinesis', 'DescribeStreamSummary', describeStreamSummary),
  legacyOperation('kinesis', 'GetRecords', getRecords),
  legacyOperation('kinesis', 'GetShardIterator', getShardIterator),
  legacyOperation('kinesis', 'ListStreams', listStreams),
  legacyOperation('kinesis', 'PutRecord', putRecord),
  legacyOperation('kinesis', 'PutRecords', putRecords),
  startStreamEncryption,
  stopStreamEncryption,
]);
