import { base64Decode, base64Encode, utf8Bytes, utf8Text } from '../bytes';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { consumerShape } from './consumers';
import { kinesisError } from './messages';
import { LIST_STREAM_CONSUMERS_INPUT, LIST_STREAM_CONSUMERS_OUTPUT } from './shapes';
import { findStream } from './streams';

/** The exceptions of ListStreamConsumers in the service model. [MODEL] */
const ERRORS = ['ExpiredNextTokenException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException'] as const;

/**
 * Consumers per ListStreamConsumers page by default. [DOC: "the default value is 100"]
 *
 * @example
 * ```ts
 * const max = input.MaxResults ?? LIST_CONSUMERS_DEFAULT;
 * ```
 */
export const LIST_CONSUMERS_DEFAULT = 100;

const TOKEN_PREFIX = 'kinesis-sse-harness:ListStreamConsumers:';

/**
 * ListStreamConsumers: the stream's consumers in order of registration (DELETING ones until they
 * are gone [INF]), `MaxResults` (default 100) at a time; `NextToken` only when more follow. A token
 * it did not issue, or one of another stream, is InvalidArgumentException [UNKNOWN text].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'ListStreamConsumers', { StreamARN: arn }, ctx);
 * ```
 */
export const listStreamConsumers = defineOperation({
  service: 'kinesis',
  name: 'ListStreamConsumers',
  input: LIST_STREAM_CONSUMERS_INPUT,
  output: LIST_STREAM_CONSUMERS_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const stream = found.value;
    let start = 0;
    if (input.NextToken !== undefined) {
      const bytes = base64Decode(input.NextToken);
      const text = bytes === undefined ? undefined : utf8Text(bytes);
      const m = text === undefined ? null : /^kinesis-sse-harness:ListStreamConsumers:(\d+):(.*)$/s.exec(text);
      if (m === null || m[2] !== stream.arn) return fail(kinesisError('InvalidArgumentException', `Invalid NextToken: ${input.NextToken}`));
      start = Number(m[1]);
    }
    const max = input.MaxResults ?? LIST_CONSUMERS_DEFAULT;
    const page = stream.consumers.slice(start, start + max);
    const more = stream.consumers.length > start + page.length;
    return ok({
      Consumers: page.map(consumerShape),
      ...(more ? { NextToken: base64Encode(utf8Bytes(`${TOKEN_PREFIX}${start + page.length}:${stream.arn}`)) } : {}),
    });
  },
});
