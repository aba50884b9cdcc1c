// ListTagsForDeliveryStream through the SDK, on both bindings. ListTagsForDeliveryStreamInputLimit 1..50,
// ExclusiveStartTagKey a TagKey, output Tags (0..50) and HasMoreTags both required [MODEL botocore]. The
// order of the tags and an unknown start key are INF (docs/firehose.md).
import { ListTagsForDeliveryStreamCommand, TagDeliveryStreamCommand, type Tag } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, createActive, expectAwsError, firehoseSetup, KINESIS_SOURCE, start, type FirehoseSetup } from '../../../fixtures/firehose';

describe.each(BINDINGS)('ListTagsForDeliveryStream through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const list = (input: { ExclusiveStartTagKey?: string; Limit?: number } = {}, name = 'orders') =>
    setup.client.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: name, ...input }));
  const TAGS = Array.from({ length: 7 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));

  it('no tags: exactly { Tags: [], HasMoreTags: false } (both members always present)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const out = await list();
    expect(body(out)).toStrictEqual({ Tags: [], HasMoreTags: false });
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  it('a tag without a value is listed without Value', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: [{ Key: 'flag' }, { Key: 'empty', Value: '' }] });
    expect(body(await list())).toStrictEqual({ Tags: [{ Key: 'flag' }, { Key: 'empty', Value: '' }], HasMoreTags: false });
  });

  it('pages: Limit at a time after ExclusiveStartTagKey, HasMoreTags while tags are left; the pages make up every tag', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: TAGS });
    expect(body(await list())).toStrictEqual({ Tags: TAGS, HasMoreTags: false });
    const pages: Tag[][] = [];
    let start: string | undefined;
    for (;;) {
      const out = await list({ Limit: 3, ...(start === undefined ? {} : { ExclusiveStartTagKey: start }) });
      pages.push(out.Tags!);
      if (out.HasMoreTags !== true) break;
      start = out.Tags!.at(-1)!.Key;
    }
    expect(pages.map((p) => p.length)).toStrictEqual([3, 3, 1]);
    expect(pages.flat()).toStrictEqual(TAGS);
    expect(body(await list({ Limit: 7 }))).toStrictEqual({ Tags: TAGS, HasMoreTags: false });
    expect(body(await list({ ExclusiveStartTagKey: 'k6' }))).toStrictEqual({ Tags: [], HasMoreTags: false });
  });

  it('an ExclusiveStartTagKey the stream does not have → an empty page (INF, as moto)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: TAGS });
    expect(body(await list({ ExclusiveStartTagKey: 'zzz' }))).toStrictEqual({ Tags: [], HasMoreTags: false });
  });

  it('validation: Limit 0 or 51, an aws: start key → ValidationException (MODEL constraints)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await expectAwsError(list({ Limit: 0 }), 'ValidationException', "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
    await expectAwsError(list({ Limit: 51 }), 'ValidationException', "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50");
    await expectAwsError(list({ ExclusiveStartTagKey: 'aws:x' }), 'ValidationException', /Value 'aws:x' at 'exclusiveStartTagKey' failed to satisfy constraint: Member must satisfy regular expression pattern/);
  });

  it('unknown stream → ResourceNotFoundException (N-1: REAL for the ListTags family, steampipe #759)', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(list({}, 'nope'), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
  });

  it('answers in every status and for every source type: CREATING, Kinesis-sourced, during ENABLING', async () => {
    setup = firehoseSetup({ binding });
    setup.world.firehose.createDeliveryStream('fresh', { active: false });
    expect(body(await list({}, 'fresh'))).toStrictEqual({ Tags: [], HasMoreTags: false });
    await createActive(setup, 'sourced', { DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: KINESIS_SOURCE, Tags: [{ Key: 'a', Value: 'b' }] });
    expect(body(await list({}, 'sourced'))).toStrictEqual({ Tags: [{ Key: 'a', Value: 'b' }], HasMoreTags: false });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    await setup.client.send(new TagDeliveryStreamCommand({ DeliveryStreamName: 'orders', Tags: [{ Key: 'sse', Value: 'enabling' }] }));
    expect(body(await list())).toStrictEqual({ Tags: [{ Key: 'sse', Value: 'enabling' }], HasMoreTags: false });
  });

  it('regions are isolated: the same name in another region has its own tags', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: TAGS.slice(0, 1) });
    await expectAwsError(setup.otherRegion.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: 'orders' })), 'ResourceNotFoundException', `Firehose orders under account ${ACCOUNT} not found.`);
  });
});
