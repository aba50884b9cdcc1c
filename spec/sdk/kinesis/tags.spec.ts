import {
  AddTagsToStreamCommand,
  CreateStreamCommand,
  InvalidArgumentException,
  ListTagsForResourceCommand,
  ListTagsForStreamCommand,
  RegisterStreamConsumerCommand,
  RemoveTagsFromStreamCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
  ValidationException,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, activeStream, arnOf, body, encryptStream, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('Kinesis tags [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('AddTagsToStream adds and overwrites, ListTagsForStream lists by key with HasMoreTags, RemoveTagsFromStream removes (unknown keys ignored)', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1, Tags: { env: 'test' } }));
    expect(body(await h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: { team: 'payments', env: 'prod' } })))).toStrictEqual({});
    expect(body(await h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders' })))).toStrictEqual({
      Tags: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'payments' },
      ],
      HasMoreTags: false,
    });
    const page = await h.client.send(new ListTagsForStreamCommand({ StreamARN: arnOf('orders'), Limit: 1 }));
    expect(body(page)).toStrictEqual({ Tags: [{ Key: 'env', Value: 'prod' }], HasMoreTags: true });
    const rest = await h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders', ExclusiveStartTagKey: 'env' }));
    expect(body(rest)).toStrictEqual({ Tags: [{ Key: 'team', Value: 'payments' }], HasMoreTags: false });
    await h.client.send(new RemoveTagsFromStreamCommand({ StreamName: 'orders', TagKeys: ['env', 'absent'] }));
    expect((await h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders' }))).Tags).toStrictEqual([{ Key: 'team', Value: 'payments' }]);
  });

  it('at most 50 tags after the call: the 51st is InvalidArgumentException and nothing changes [DOC limit, PEER text]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${String(i).padStart(2, '0')}`, 'v']));
    await h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: fifty }));
    await h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: { k00: 'again' } })); // overwriting does not count
    expectAwsError(
      await rejectionOf(h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: { extra: 'v' } }))),
      InvalidArgumentException,
      `Failed to add tags to stream orders under account ${ACCOUNT} because a given stream cannot have more than 50 tags associated with it.`,
    );
    const tags = (await h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders' }))).Tags!;
    expect(tags).toHaveLength(50);
    expect(tags[0]).toStrictEqual({ Key: 'k00', Value: 'again' });
  });

  it('validation texts: Tags empty, TagKeys over 50, Limit over 50, a key over 128 characters; characters Kinesis refuses [MODEL + PEER]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(
      await rejectionOf(h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: {} }))),
      ValidationException,
      "1 validation error detected: Value '{}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expectAwsError(
      await rejectionOf(h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders', Limit: 51 }))),
      ValidationException,
      "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
    const keys = Array.from({ length: 51 }, (_, i) => `k${i}`);
    expectAwsError(
      await rejectionOf(h.client.send(new RemoveTagsFromStreamCommand({ StreamName: 'orders', TagKeys: keys }))),
      ValidationException,
      /^1 validation error detected: Value '\[k0, .*k50\]' at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    );
    const long = 'k'.repeat(129);
    expectAwsError(
      await rejectionOf(h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: { [long]: 'v' } }))),
      ValidationException,
      `1 validation error detected: Value '{${long}=v}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1]`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: { 'a#b': 'v' } }))),
      InvalidArgumentException,
      'Some tags contain invalid characters. Valid characters: Unicode letters, digits, white space, _ . / = + - % @ :.',
    );
    expectAwsError(
      await rejectionOf(h.client.send(new AddTagsToStreamCommand({ StreamName: 'orders', Tags: { a: '50%' } }))),
      InvalidArgumentException,
      `Failed to add tags to stream orders under account ${ACCOUNT} because some tags contained illegal characters. The allowed characters are Unicode letters, white-spaces, '_',',','/','=','+','-','@',':'.`,
    );
    expect((await h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders' }))).Tags).toStrictEqual([]);
    expectAwsError(
      await rejectionOf(h.client.send(new AddTagsToStreamCommand({ StreamName: 'nope', Tags: { a: 'b' } }))),
      ResourceNotFoundException,
      `Stream nope under account ${ACCOUNT} not found.`,
    );
  });

  it('TagResource, UntagResource and ListTagsForResource work on a stream ARN and on a consumer ARN; tagging leaves encryption alone', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await encryptStream(h, 'orders');
    const before = h.world.kinesis.describe('orders');
    await h.client.send(new TagResourceCommand({ ResourceARN: arnOf('orders'), Tags: { b: '2', a: '1' } }));
    expect(body(await h.client.send(new ListTagsForResourceCommand({ ResourceARN: arnOf('orders') })))).toStrictEqual({
      Tags: [
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
      ],
    });
    await h.client.send(new UntagResourceCommand({ ResourceARN: arnOf('orders'), TagKeys: ['a'] }));
    expect((await h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders' }))).Tags).toStrictEqual([{ Key: 'b', Value: '2' }]);
    expect(h.world.kinesis.describe('orders')).toStrictEqual(before);

    const consumer = (await h.client.send(new RegisterStreamConsumerCommand({ StreamARN: arnOf('orders'), ConsumerName: 'c', Tags: { owner: 'x' } }))).Consumer!;
    await h.client.send(new TagResourceCommand({ ResourceARN: consumer.ConsumerARN!, Tags: { tier: 'gold' } }));
    expect((await h.client.send(new ListTagsForResourceCommand({ ResourceARN: consumer.ConsumerARN! }))).Tags).toStrictEqual([
      { Key: 'owner', Value: 'x' },
      { Key: 'tier', Value: 'gold' },
    ]);
    expect((await h.client.send(new ListTagsForStreamCommand({ StreamName: 'orders' }))).Tags).toStrictEqual([{ Key: 'b', Value: '2' }]);
    expectAwsError(
      await rejectionOf(h.client.send(new ListTagsForResourceCommand({ ResourceARN: `${arnOf('orders')}/consumer/other:1` }))),
      ResourceNotFoundException,
      `Consumer other under stream ${arnOf('orders')} not found.`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(new ListTagsForResourceCommand({ ResourceARN: arnOf('gone') }))),
      ResourceNotFoundException,
      `Stream gone under account ${ACCOUNT} not found.`,
    );
    const notAStream = await rejectionOf(h.client.send(new ListTagsForResourceCommand({ ResourceARN: 'arn:aws:kinesis:us-east-1:123456789012:table/x' })));
    if (binding === 'transport') {
      // Through the SDK's stack its endpoint rules refuse the ARN before any request is sent.
      expect(notAStream.name).toBe('EndpointError');
    } else {
      expectAwsError(notAStream, InvalidArgumentException, 'ResourceARN arn:aws:kinesis:us-east-1:123456789012:table/x is not a valid Kinesis stream or consumer ARN.');
    }
  });
});
