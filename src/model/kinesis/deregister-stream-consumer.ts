import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { beginConsumerDeletion, findConsumer } from './consumers';
import { consumerInState } from './messages';
import { CONSUMER_REF_INPUT, UNIT } from './shapes';

/** The exceptions of DeregisterStreamConsumer in the service model. [MODEL] */
const ERRORS = ['InvalidArgumentException', 'LimitExceededException', 'ResourceNotFoundException'] as const;

/**
 * DeregisterStreamConsumer: `{}`; the consumer is DELETING and gone after
 * `durations.consumerDeleting`. A consumer CREATING or ACTIVE can be deregistered [INF]; one
 * already DELETING is InvalidArgumentException `Consumer <c> with ARN <arn> is in state DELETING.`
 * (ResourceInUseException is not among the operation's exceptions in the service model) [UNKNOWN].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'DeregisterStreamConsumer', { ConsumerARN: arn }, ctx);
 * ```
 */
export const deregisterStreamConsumer = defineOperation({
  service: 'kinesis',
  name: 'DeregisterStreamConsumer',
  input: CONSUMER_REF_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findConsumer(world, input, ctx);
    if (!found.ok) return found;
    const { stream, consumer } = found.value;
    if (consumer.status === 'DELETING') return fail(consumerInState(consumer.name, consumer.arn, consumer.status));
    beginConsumerDeletion(world, stream, consumer, ctx.now);
    return ok({});
  },
});
