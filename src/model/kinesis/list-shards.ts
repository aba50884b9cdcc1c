import { base64Decode, base64Encode, utf8Bytes, utf8Text } from '../bytes';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { shardDescription } from './describe';
import { kinesisError, streamNotActive } from './messages';
import { LIST_SHARDS_INPUT, LIST_SHARDS_OUTPUT, SHARD_FILTER_TYPES } from './shapes';
import type { KinesisShard, KinesisStream } from './state';
import { findStream } from './streams';

/** The exceptions of ListShards in the service model. [MODEL] */
const ERRORS = [
  'AccessDeniedException',
  'ExpiredNextTokenException',
  'InvalidArgumentException',
  'LimitExceededException',
  'ResourceInUseException',
  'ResourceNotFoundException',
] as const;

/**
 * Shards per ListShards page by default and at most. [DOC: "the default value is 1000"; more is capped]
 *
 * @example
 * ```ts
 * const max = Math.min(input.MaxResults ?? LIST_SHARDS_MAX, LIST_SHARDS_MAX);
 * ```
 */
export const LIST_SHARDS_MAX = 1000;

/** A ListShards NextToken is good for 300 seconds. [DOC] */
const TOKEN_TTL_MS = 300_000;
const TOKEN = /^kinesis-sse-harness:ListShards:(\d+):(-?[\d.e+-]+):([A-Z_]+|-):([^:]+):(-?[\d.e+-]+|-):(.*)$/s;

function invalid(message: string) {
  return fail(kinesisError('InvalidArgumentException', message));
}

type Filter = { readonly Type: string; readonly ShardId?: string; readonly Timestamp?: number };

/**
 * Whether a shard passes a ShardFilter at `now`: AT_LATEST the open shards; AT_TRIM_HORIZON the
 * shards open at the trim horizon (now − retention, or the stream's creation); FROM_TRIM_HORIZON
 * those not closed before it; AT_TIMESTAMP those open at Timestamp; FROM_TIMESTAMP those not
 * closed before it; AFTER_SHARD_ID those after ShardId. [DOC]
 */
function passes(stream: KinesisStream, shard: KinesisShard, filter: Filter | undefined, now: number): boolean {
  if (filter === undefined) return true;
  const horizon = Math.max(stream.createdAt, now - stream.retentionHours * 3_600_000);
  const openAt = (t: number) => shard.createdAt <= t && (shard.closedAt === undefined || shard.closedAt > t);
  const notClosedBefore = (t: number) => shard.closedAt === undefined || shard.closedAt > t;
  switch (filter.Type) {
    case 'AT_LATEST':
      return shard.closedAt === undefined;
    case 'AT_TRIM_HORIZON':
      return openAt(horizon);
    case 'FROM_TRIM_HORIZON':
      return notClosedBefore(horizon);
    case 'AT_TIMESTAMP':
      return openAt(filter.Timestamp!);
    case 'FROM_TIMESTAMP':
      return notClosedBefore(filter.Timestamp!);
    default:
      return shard.shardId > filter.ShardId!;
  }
}

/**
 * ListShards: a stream's shards (closed ones too) in order, `MaxResults` (default and at most 1000)
 * at a time, after `ExclusiveStartShardId`, through a `ShardFilter`; `NextToken` only when more
 * follow, valid 300 seconds (ExpiredNextTokenException after) [DOC]. NextToken with StreamName →
 * InvalidArgumentException `NextToken and StreamName cannot be provided together.`, neither →
 * `Either NextToken or StreamName should be provided.` [REAL via kinesalite]; NextToken with
 * ExclusiveStartShardId, StreamCreationTimestamp or ShardFilter, and a filter missing its ShardId
 * or Timestamp, are InvalidArgumentException [DOC rule; UNKNOWN texts]. A stream CREATING or
 * DELETING is ResourceInUseException [INF].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'ListShards', { StreamName: 'orders', ShardFilter: { Type: 'AT_LATEST' } }, ctx);
 * ```
 */
export const listShards = defineOperation({
  service: 'kinesis',
  name: 'ListShards',
  input: LIST_SHARDS_INPUT,
  output: LIST_SHARDS_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const token = input.NextToken;
    let target: Readonly<Record<string, unknown>> = input;
    let after = input.ExclusiveStartShardId;
    let filter: Filter | undefined = input.ShardFilter;
    let serial: number | undefined;
    if (token !== undefined) {
      if (input.StreamName !== undefined) return invalid('NextToken and StreamName cannot be provided together.');
      for (const member of ['ExclusiveStartShardId', 'StreamCreationTimestamp', 'ShardFilter'] as const) {
        if (input[member] !== undefined) return invalid(`NextToken and ${member} cannot be provided together.`);
      }
      const bytes = base64Decode(token);
      const text = bytes === undefined ? undefined : utf8Text(bytes);
      const m = text === undefined ? null : TOKEN.exec(text);
      if (m === null || (m[3] !== '-' && !(SHARD_FILTER_TYPES as readonly string[]).includes(m[3]!))) return invalid(`Invalid NextToken: ${token}`);
      if (ctx.now - Number(m[2]) > TOKEN_TTL_MS) return fail(kinesisError('ExpiredNextTokenException', `NextToken expired: ${token}`));
      serial = Number(m[1]);
      // The token carries the filter and the last shard listed, after which the next page starts.
      filter = m[3] === '-' ? undefined : { Type: m[3]!, ...(m[3] === 'AFTER_SHARD_ID' ? { ShardId: m[4]! } : {}), ...(m[5] === '-' ? {} : { Timestamp: Number(m[5]) }) };
      after = m[4]!;
      if (input.StreamARN !== undefined && input.StreamARN !== m[6]) return invalid(`Invalid NextToken: ${token}`);
      target = { StreamARN: m[6]! };
    } else if (input.StreamName === undefined && input.StreamARN === undefined) {
      return invalid('Either NextToken or StreamName should be provided.');
    }
    if (filter !== undefined) {
      if (filter.Type === 'AFTER_SHARD_ID' && filter.ShardId === undefined) return invalid('ShardFilter of type AFTER_SHARD_ID needs a ShardId.');
      if ((filter.Type === 'AT_TIMESTAMP' || filter.Type === 'FROM_TIMESTAMP') && filter.Timestamp === undefined) {
        return invalid(`ShardFilter of type ${filter.Type} needs a Timestamp.`);
      }
    }
    const found = findStream(world, target, ctx);
    if (!found.ok) return found;
    const stream = found.value;
    if (serial !== undefined && serial !== stream.serial) return invalid(`Invalid NextToken: ${token}`);
    if (stream.status === 'CREATING' || stream.status === 'DELETING') return fail(streamNotActive(stream.name, stream.account, stream.status));
    const max = Math.min(input.MaxResults ?? LIST_SHARDS_MAX, LIST_SHARDS_MAX);
    const all = stream.shards.filter((s) => (after === undefined || s.shardId > after) && passes(stream, s, filter, ctx.now));
    const page = all.slice(0, max);
    const more = all.length > page.length;
    const last = page[page.length - 1];
    const nextToken = () => {
      const f = filter === undefined ? '-' : filter.Type;
      const ts = filter?.Timestamp === undefined ? '-' : String(filter.Timestamp);
      return base64Encode(utf8Bytes(`kinesis-sse-harness:ListShards:${stream.serial}:${ctx.now}:${f}:${last!.shardId}:${ts}:${stream.arn}`));
    };
    return ok({ Shards: page.map(shardDescription), ...(more ? { NextToken: nextToken() } : {}) });
  },
});
