import {
  DeleteStreamCommand,
  DeregisterStreamConsumerCommand,
  DescribeStreamConsumerCommand,
  DescribeStreamSummaryCommand,
  InvalidArgumentException,
  LimitExceededException,
  ListStreamConsumersCommand,
  RegisterStreamConsumerCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  ValidationException,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, T0, activeStream, arnOf, body, encryptStream, expectAwsError, kinesisHarness, rejectedWithoutChange, rejectionOf, transitions, type KinesisHarness } from '../../../fixtures/kinesis';

const CREATING = 5_000;
const DELETING = 5_000;

describe.each(BINDINGS)('Stream consumers [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('RegisterStreamConsumer: CREATING at once, ACTIVE after durations.consumerCreating; ARN <stream ARN>/consumer/<name>:<epoch seconds> [MODEL pattern + DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    h.clock.advance(1_500);
    const out = await h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'analytics' }));
    const seconds = Math.floor((T0 + 11_500) / 1000);
    const arn = `${arnOf('orders')}/consumer/analytics:${seconds}`;
    expect(body(out)).toStrictEqual({ Consumer: { ConsumerName: 'analytics', ConsumerARN: arn, ConsumerStatus: 'CREATING', ConsumerCreationTimestamp: new Date(seconds * 1000) } });
    const describe = () => h.client.send(new DescribeStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'analytics' }));
    expect(body(await describe())).toStrictEqual({
      ConsumerDescription: { ConsumerName: 'analytics', ConsumerARN: arn, ConsumerStatus: 'CREATING', ConsumerCreationTimestamp: new Date(seconds * 1000), StreamARN: arnOf('orders') },
    });
    h.clock.advance(CREATING);
    expect((await describe()).ConsumerDescription!.ConsumerStatus).toBe('ACTIVE');
    expect((await h.client.send(new DescribeStreamConsumerCommand({ ConsumerARN: arn }))).ConsumerDescription!.ConsumerStatus).toBe('ACTIVE');
    expect((await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!.ConsumerCount).toBe(1);
    expect(h.world.trace.filter((e) => e.kind === 'transition' && e.property === 'ConsumerStatus').map((e) => (e.kind === 'transition' ? `${e.from}->${e.to}` : ''))).toStrictEqual([
      'none->CREATING',
      'CREATING->ACTIVE',
    ]);
  });

  it('DeregisterStreamConsumer: DELETING, then gone; ListStreamConsumers pages in registration order [DOC / INF]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    for (const name of ['a', 'b', 'c']) await h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: name }));
    h.clock.advance(CREATING);
    const first = await h.client.send(new ListStreamConsumersCommand({ StreamARN: arnOf('orders'), MaxResults: 2 }));
    expect(first.Consumers!.map((c) => [c.ConsumerName, c.ConsumerStatus])).toStrictEqual([
      ['a', 'ACTIVE'],
      ['b', 'ACTIVE'],
    ]);
    const rest = await h.client.send(new ListStreamConsumersCommand({ StreamARN: arnOf('orders'), NextToken: first.NextToken! }));
    expect(rest.Consumers!.map((c) => c.ConsumerName)).toStrictEqual(['c']);
    expect(rest).not.toHaveProperty('NextToken');

    expect(body(await h.client.send(new DeregisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'b' })))).toStrictEqual({});
    const b = (await h.client.send(new DescribeStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'b' }))).ConsumerDescription!;
    expect(b.ConsumerStatus).toBe('DELETING');
    expectAwsError(
      await rejectionOf(h.client.send(new DeregisterStreamConsumerCommand({ ConsumerARN: b.ConsumerARN! }))),
      InvalidArgumentException,
      `Consumer b with ARN ${b.ConsumerARN!} is in state DELETING.`,
    );
    h.clock.advance(DELETING);
    expect((await h.client.send(new ListStreamConsumersCommand({ StreamARN: arnOf('orders') }))).Consumers!.map((c) => c.ConsumerName)).toStrictEqual(['a', 'c']);
    expectAwsError(
      await rejectionOf(h.client.send(new DescribeStreamConsumerCommand({ ConsumerARN: b.ConsumerARN! }))),
      ResourceNotFoundException,
      `Consumer b under stream ${arnOf('orders')} not found.`,
    );
  });

  it('DeleteStream of a stream with consumers: ResourceInUseException unless EnforceConsumerDeletion; with it the consumers go too [DOC; UNKNOWN text]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await encryptStream(h, 'orders');
    await h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'c' }));
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }))),
      ResourceInUseException,
      `Stream orders under account ${ACCOUNT} has registered consumers. Deregister them first, or set EnforceConsumerDeletion to true.`,
    );
    await h.client.send(new DeleteStreamCommand({ StreamName: 'orders', EnforceConsumerDeletion: true }));
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('DELETING');
    expect(transitions(h.world, 'ConsumerStatus').slice(-1)).toStrictEqual(['ConsumerStatus CREATING->none']);
    // A stream whose only consumer is DELETING can be deleted without the flag.
    await activeStream(h, 'other');
    await h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('other'), ConsumerName: 'c' }));
    await h.client.send(new DeregisterStreamConsumerCommand({ StreamARN: arnOf('other'), ConsumerName: 'c' }));
    await h.client.send(new DeleteStreamCommand({ StreamName: 'other' }));
    expect(h.world.kinesis.describe('other')?.StreamStatus).toBe('DELETING');
  });

  it('a name in use, the 21st consumer, a stream not ACTIVE, validation and missing identifiers [DOC limit; UNKNOWN texts; MODEL]', async () => {
    h = kinesisHarness({ binding, kinesis: { limits: { consumersPerStream: 2 } } });
    await activeStream(h, 'orders');
    await h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'a' }));
    expectAwsError(
      await rejectionOf(h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'a' }))),
      ResourceInUseException,
      `Consumer a under stream ${arnOf('orders')} already exists.`,
    );
    await h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'b' }));
    expectAwsError(
      await rejectionOf(h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'c' }))),
      LimitExceededException,
      `Stream ${arnOf('orders')} already has 2 registered consumers, the maximum per stream.`,
    );
    h.world.kinesis.createStream('young', { active: false });
    expectAwsError(
      await rejectionOf(h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('young'), ConsumerName: 'a' }))),
      ResourceInUseException,
      `Stream young under account ${ACCOUNT} not ACTIVE, instead in state CREATING`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'bad name' }))),
      ValidationException,
      "1 validation error detected: Value 'bad name' at 'consumerName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
    expectAwsError(
      await rejectionOf(h.client.send(new DescribeStreamConsumerCommand({ ConsumerName: 'a' }))),
      InvalidArgumentException,
      'Either ConsumerARN or both ConsumerName and StreamARN must be provided.',
    );
    expectAwsError(
      await rejectionOf(h.client.send(new ListStreamConsumersCommand({ StreamARN: arnOf('nope') }))),
      ResourceNotFoundException,
      `Stream nope under account ${ACCOUNT} not found.`,
    );
    expect((await h.client.send(new ListStreamConsumersCommand({ StreamARN: arnOf('orders') }))).Consumers!.map((c) => c.ConsumerName)).toStrictEqual(['a', 'b']);
  });
});
