import { operationTable, type OperationTable } from '../operation';
import { addTagsToStream } from './add-tags-to-stream';
import { deregisterStreamConsumer } from './deregister-stream-consumer';
import { describeLimits } from './describe-limits';
import { describeStreamConsumer } from './describe-stream-consumer';
import { listShards } from './list-shards';
import { listStreamConsumers } from './list-stream-consumers';
import { listTagsForResource } from './list-tags-for-resource';
import { listTagsForStream } from './list-tags-for-stream';
import { registerStreamConsumer } from './register-stream-consumer';
import { removeTagsFromStream } from './remove-tags-from-stream';
import { tagResource } from './tag-resource';
import { untagResource } from './untag-resource';
import { updateShardCount } from './update-shard-count';
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
  addTagsToStream,
  removeTagsFromStream,
  listTagsForStream,
  tagResource,
  untagResource,
  listTagsForResource,
  listShards,
  updateShardCount,
  describeLimits,
  registerStreamConsumer,
  describeStreamConsumer,
  listStreamConsumers,
  deregisterStreamConsumer,
]);
