import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { base64Decode, base64Encode, utf8Bytes, utf8Text } from './bytes';
import { kinesisError } from './messages';
import { fields, STREAM_NAME, validateKinesis } from './shapes';

/**
 * ListStreams's members.
 *
 * @example
 * ```ts
 * validateKinesis({ Limit: 10 }, LIST_STREAMS_MEMBERS); // undefined
 * ```
 */
export const LIST_STREAMS_MEMBERS: Members = {
  ExclusiveStartStreamName: STREAM_NAME,
  Limit: { type: 'integer', min: 1, max: 10000 },
  NextToken: { type: 'string', min: 1, max: 1048576 },
};

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
 * listStreams(world, { Limit: 10 }, ctx);
 * ```
 */
export const listStreams: LegacyOperation = (world, input, ctx) => {
  const invalid = validateKinesis(input, LIST_STREAMS_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = fields(input);
  const token = i['NextToken'] as string | undefined;
  let after = i['ExclusiveStartStreamName'] as string | undefined;
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
  const limit = Math.min((i['Limit'] as number | undefined) ?? LIST_STREAMS_MAX, LIST_STREAMS_MAX);
  const all = [...world.kinesis.streams.values()]
    .filter((s) => s.region === ctx.region && s.account === world.accountId && (after === undefined || s.name > after))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const page = all.slice(0, limit);
  const more = all.length > page.length;
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
};
