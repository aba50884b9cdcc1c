// TagDeliveryStream through the SDK, on both bindings. Shapes and limits: botocore firehose
// service-2.json (TagDeliveryStreamInputTagList 1..50, TagKey 1..128 `^(?!aws:)[\p{L}\p{Z}\p{N}_.:\/=+\-@%]*$`,
// TagValue 0..256) [MODEL]; "If you specify a tag that already exists, the tag value is replaced",
// "Each Firehose stream can have up to 50 tags" [MODEL doc]. Exceptions past those: graded in docs/firehose.md.
import { ListTagsForDeliveryStreamCommand, TagDeliveryStreamCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, createActive, DURATIONS, encryptionOf, expectAwsError, firehoseSetup, start, type FirehoseSetup } from '../../../fixtures/firehose';

describe.each(BINDINGS)('TagDeliveryStream through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const tag = (name: string, Tags: { Key: string; Value?: string }[]) => setup.client.send(new TagDeliveryStreamCommand({ DeliveryStreamName: name, Tags }));
  const tagsOf = async (name: string) => (await setup.client.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: name }))).Tags;

  it('adds tags and answers exactly {} with HTTP 200; a key already there gets the new value in place', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { Tags: [{ Key: 'team', Value: 'payments' }] });
    const out = await tag('orders', [{ Key: 'env', Value: 'prod' }, { Key: 'cost-center' }]);
    expect(body(out)).toStrictEqual({});
    expect(out.$metadata.httpStatusCode).toBe(200);
    await tag('orders', [{ Key: 'team', Value: 'ledger' }]);
    expect(await tagsOf('orders')).toStrictEqual([{ Key: 'team', Value: 'ledger' }, { Key: 'env', Value: 'prod' }, { Key: 'cost-center' }]);
  });

  it('a key given twice in one call takes its last value', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await tag('orders', [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }]);
    expect(await tagsOf('orders')).toStrictEqual([{ Key: 'a', Value: '2' }]);
  });

  it('50 tags per stream: the 51st → LimitExceededException and nothing changes (DOC limit; exception and text INF)', async () => {
    setup = firehoseSetup({ binding });
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
    await createActive(setup, 'orders', { Tags: fifty.slice(0, 49) });
    await expectAwsError(
      tag('orders', [{ Key: 'k49', Value: 'v49' }, { Key: 'k50', Value: 'v50' }]),
      'LimitExceededException',
      `Firehose orders under account ${ACCOUNT} cannot have more than 50 tags.`,
    );
    expect(await tagsOf('orders')).toStrictEqual(fifty.slice(0, 49));
    await tag('orders', [{ Key: 'k49', Value: 'v49' }]);
    // Replacing a value at 50 tags is no new tag.
    await tag('orders', [{ Key: 'k0', Value: 'again' }]);
    expect(await tagsOf('orders')).toHaveLength(50);
  });

  it('validation: 0 or 51 tags, an aws: key, a 129-character key, a 257-character value → ValidationException in AWS format (MODEL constraints)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await expectAwsError(tag('orders', []), 'ValidationException', "1 validation error detected: Value '[]' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1");
    const many = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}` }));
    await expectAwsError(tag('orders', many), 'ValidationException', /^1 validation error detected: Value '\[\{Key=k0\}, .*\{Key=k50\}\]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/);
    await expectAwsError(
      tag('orders', [{ Key: 'ok' }, { Key: 'aws:team', Value: 'x' }]),
      'ValidationException',
      "1 validation error detected: Value 'aws:team' at 'tags.2.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$",
    );
    await expectAwsError(tag('orders', [{ Key: 'k'.repeat(129) }]), 'ValidationException', /at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128$/);
    await expectAwsError(tag('orders', [{ Key: 'k', Value: 'v'.repeat(257) }]), 'ValidationException', /at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256$/);
    await expectAwsError(tag('orders', [{ Key: 'semi;colon' }]), 'ValidationException', /Value 'semi;colon' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    expect(await tagsOf('orders')).toStrictEqual([]);
  });

  it('Unicode letters, separators and digits are valid tag characters; aws: is fine inside a value', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await tag('orders', [{ Key: 'équipe paiements', Value: 'données 日本 ٣' }, { Key: 'owner', Value: 'aws:team' }, { Key: 'a_b.c:d/e=f+g-h@i%j' }]);
    expect(await tagsOf('orders')).toHaveLength(3);
  });

  it('CreateDeliveryStream checks the same tag constraints', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(
      createActive(setup, 'orders', { Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 's' }] }),
      'ValidationException',
      /Value 'aws:cloudformation:stack-name' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    expect(setup.world.firehose.names()).toStrictEqual([]);
  });

  it('unknown stream → ResourceNotFoundException (N-1 REAL template); while CREATING → ResourceInUseException (INF)', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(tag('nope', [{ Key: 'a' }]), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
    await createActive(setup, 'orders');
    setup.world.firehose.createDeliveryStream('fresh', { active: false });
    await expectAwsError(tag('fresh', [{ Key: 'a' }]), 'ResourceInUseException', `Firehose fresh under account ${ACCOUNT} is in CREATING state and is not available for this operation.`);
    expect(await tagsOf('fresh')).toStrictEqual([]);
  });

  it('SSE interplay: tagging during ENABLING succeeds and leaves the encryption change alone (INF: tags are not the encryption)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLING');
    await tag('orders', [{ Key: 'encrypted', Value: 'pending' }]);
    expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLING');
    setup.clock.advance(DURATIONS.enabling);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
    expect(await tagsOf('orders')).toStrictEqual([{ Key: 'encrypted', Value: 'pending' }]);
    expect(setup.world.firehose.describe('orders')?.VersionId).toBe('1');
  });
});
