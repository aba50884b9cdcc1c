import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { base64Decode, base64Encode, utf8Bytes, utf8Text } from '../bytes';
import { kinesisError } from './messages';
import type { KinesisStream } from './state';
import { firstAfter, StreamIndex } from './stream-index';
import { LIST_STREAMS_INPUT, LIST_STREAMS_OUTPUT } from './shapes';

/** The exceptions of ListStreams in the service model. [MODEL] */
const ERRORS = ['ExpiredNextTokenException', 'InvalidArgumentException', 'LimitExceededException'] as const;

/**
 * Streams per ListStreams call by default and at most. [DOC]
 *
 * @example
 * ```ts
 * const limit = Math.min(input.Limit ?? LIST_STREAMS_MAX, LIST_STREAMS_MAX);
 * ```
 */
export const LIST_STREAMS_MAX = 100;

const TOKEN_PREFIX = 'kinesis-sse-harness:ListStreams:';

/**
 * ListStreams: the streams of the account in the caller's region, by name, `Limit` (default and
 * maximum 100) at a time after `ExclusiveStartStreamName` or the `NextToken` of the previous
 * page. StreamSummaries carry StreamName, StreamARN, StreamStatus, StreamModeDetails and
 * StreamCreationTimestamp, never encryption fields [MODEL]. NextToken is present only when
 * HasMoreStreams is true. An unreadable NextToken, or NextToken together with
 * ExclusiveStartStreamName, is InvalidArgumentException [UNKNOWN: our texts].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'ListStreams', { Limit: 10 }, ctx);
 * ```
 */
export const listStreams = defineOperation({
  service: 'kinesis',
  name: 'ListStreams',
  input: LIST_STREAMS_INPUT,
  output: LIST_STREAMS_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const token = input.NextToken;
    let after = input.ExclusiveStartStreamName;
    if (token !== undefined) {
      if (after !== undefined) {
        return fail(kinesisError('InvalidArgumentException', 'NextToken and ExclusiveStartStreamName cannot be provided together.'));
      }
      const bytes = base64Decode(token);
      const text = bytes === undefined ? undefined : utf8Text(bytes);
      if (text === undefined || !text.startsWith(TOKEN_PREFIX)) {
        return fail(kinesisError('InvalidArgumentException', `Invalid NextToken: ${token}`));
      }
      after = text.slice(TOKEN_PREFIX.length);
    }
    const limit = Math.min(input.Limit ?? LIST_STREAMS_MAX, LIST_STREAMS_MAX);
    const streams = world.kinesis.streams;
    let page: readonly KinesisStream[];
    let more: boolean;
    if (streams instanceof StreamIndex) {
      // The streams of the region and account, already sorted: a page is a slice.
      const sorted = streams.sortedIn(ctx.region, world.accountId);
      const start = after === undefined ? 0 : firstAfter(sorted, after, false);
      page = sorted.slice(start, start + limit);
      more = sorted.length > start + page.length;
    } else {
      const all = [...streams.values()]
        .filter((s) => s.region === ctx.region && s.account === world.accountId && (after === undefined || s.name > after))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      page = all.slice(0, limit);
      more = all.length > page.length;
    }
    return ok({
      StreamNames: page.map((s) => s.name),
      HasMoreStreams: more,
      ...(more ? { NextToken: base64Encode(utf8Bytes(`${TOKEN_PREFIX}${page[page.length - 1]!.name}`)) } : {}),
      StreamSummaries: page.map((s) => ({
        StreamName: s.name,
        StreamARN: s.arn,
        StreamStatus: s.status,
        StreamModeDetails: { StreamMode: s.mode },
        StreamCreationTimestamp: Math.floor(s.createdAt / 1000) * 1000,
      })),
    });
  },
});
