import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { addConsumer, consumerShape } from './consumers';
import { consumerExists, consumerLimit, streamNotActive } from './messages';
import { REGISTER_STREAM_CONSUMER_INPUT, REGISTER_STREAM_CONSUMER_OUTPUT } from './shapes';
import { findStream } from './streams';
import { addTags } from './tags';

/** The exceptions of RegisterStreamConsumer in the service model. [MODEL] */
const ERRORS = ['InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException'] as const;

/**
 * RegisterStreamConsumer: the consumer is CREATING at once (the answer) and ACTIVE after
 * `durations.consumerCreating`; its ARN is `<stream ARN>/consumer/<name>:<epoch seconds>`.
 * The stream must be ACTIVE or UPDATING (ResourceInUseException otherwise [INF]); a name the
 * stream already has (in any state) is ResourceInUseException; more than
 * `limits.consumersPerStream` (20) is LimitExceededException [DOC limit; UNKNOWN texts]. Tags
 * follow the stream tag rules.
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'RegisterStreamConsumer', { StreamARN: arn, ConsumerName: 'analytics' }, ctx);
 * ```
 */
export const registerStreamConsumer = defineOperation({
  service: 'kinesis',
  name: 'RegisterStreamConsumer',
  input: REGISTER_STREAM_CONSUMER_INPUT,
  output: REGISTER_STREAM_CONSUMER_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const stream = found.value;
    if (stream.status !== 'ACTIVE' && stream.status !== 'UPDATING') return fail(streamNotActive(stream.name, stream.account, stream.status));
    if (stream.consumers.some((c) => c.name === input.ConsumerName)) return fail(consumerExists(input.ConsumerName, stream.arn));
    const limit = world.kinesisOptions.limits.consumersPerStream;
    if (stream.consumers.length >= limit) return fail(consumerLimit(stream.arn, limit));
    const tags: Record<string, string> = {};
    if (input.Tags !== undefined) {
      const refused = addTags(tags, input.Tags, stream);
      if (refused !== undefined) return fail(refused);
    }
    const consumer = addConsumer(world, stream, input.ConsumerName, tags, ctx.now);
    return ok({ Consumer: consumerShape(consumer) });
  },
});
