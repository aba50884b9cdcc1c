// UntagDeliveryStream through the SDK, on both bindings. TagKeyList 1..50 of TagKey [MODEL botocore];
// "If you specify a tag that doesn't exist, the operation ignores it" [MODEL doc].
import { DeleteDeliveryStreamCommand, ListTagsForDeliveryStreamCommand, UntagDeliveryStreamCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, createActive, DURATIONS, encryptionOf, expectAwsError, firehoseSetup, stop, start, type FirehoseSetup } from '../../../fixtures/firehose';

describe.each(BINDINGS)('UntagDeliveryStream through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const untag = (name: string, TagKeys: string[]) => setup.client.send(new UntagDeliveryStreamCommand({ DeliveryStreamName: name, TagKeys }));
  const tagsOf = async (name: string) => (await setup.client.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: name }))).Tags;
  const TAGS = [{ Key: 'team', Value: 'payments' }, { Key: 'env', Value: 'prod' }, { Key: 'tier' }];

  it('removes the keys given, answers exactly {}, and ignores keys the stream does not have', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: TAGS });
    const out = await untag('orders', ['env', 'never-there']);
    expect(body(out)).toStrictEqual({});
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(await tagsOf('orders')).toStrictEqual([{ Key: 'team', Value: 'payments' }, { Key: 'tier' }]);
    await untag('orders', ['team', 'tier']);
    expect(await tagsOf('orders')).toStrictEqual([]);
  });

  it('validation: 0 or 51 keys, an aws: key → ValidationException (MODEL constraints), nothing removed', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: TAGS });
    await expectAwsError(untag('orders', []), 'ValidationException', "1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1");
    await expectAwsError(
      untag('orders', Array.from({ length: 51 }, (_, i) => `k${i}`)),
      'ValidationException',
      /^1 validation error detected: Value '\[k0, k1, .*, k50\]' at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50$/,
    );
    await expectAwsError(untag('orders', ['team', 'aws:x']), 'ValidationException', /Value 'aws:x' at 'tagKeys.2.member' failed to satisfy constraint: Member must satisfy regular expression pattern: \^\(\?!aws:\)/);
    expect(await tagsOf('orders')).toStrictEqual(TAGS);
  });

  it('unknown stream → ResourceNotFoundException; a DELETING stream → ResourceInUseException (INF)', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(untag('nope', ['a']), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
    await createActive(setup, 'orders', { Tags: TAGS });
    setup.world.firehose.createDeliveryStream('gone', {});
    await setup.client.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'gone' }));
    await expectAwsError(untag('gone', ['a']), 'ResourceInUseException', `Firehose gone under account ${ACCOUNT} is in DELETING state and is not available for this operation.`);
  });

  it('SSE interplay: untagging during DISABLING succeeds; the encryption change completes as it would', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: TAGS });
    await start(setup, 'orders');
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    await stop(setup, 'orders');
    await untag('orders', ['team']);
    expect((await encryptionOf(setup, 'orders'))?.Status).toBe('DISABLING');
    setup.clock.advance(DURATIONS.disabling);
    expect((await encryptionOf(setup, 'orders'))?.Status).toBe('DISABLED');
    expect(await tagsOf('orders')).toStrictEqual([{ Key: 'env', Value: 'prod' }, { Key: 'tier' }]);
  });
});
