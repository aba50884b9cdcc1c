import { CreateKeyCommand, DescribeKeyCommand, ListResourceTagsCommand, NotFoundException, TagException, TagResourceCommand, UntagResourceCommand, KMSInvalidStateException } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, kmsSetup, rejection, type KmsSetup } from '../../../fixtures/kms';

// KMS tag rules (kinesis-sse-facts.md §h) [REAL 2025: LocalStack tests/aws/services/kms/test_kms.py
// tag tests and their AWS-validated snapshots, 2025-01]: at most 50 tags, `aws:` reserved in any
// case, duplicates refused, lengths at tags.N.member.tagKey / tagValue; a replaced tag keeps its place.

const tags = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => ({ TagKey: `${prefix}${i}`, TagValue: `v${i}` }));

describe.each(BINDINGS)('KMS tags through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  beforeEach(() => {
    s = kmsSetup({ binding });
  });
  afterEach(() => s.stub.restore());

  const list = async (KeyId: string) => body(await s.client.send(new ListResourceTagsCommand({ KeyId })));

  it('CreateKey keeps its Tags; ListResourceTags lists them in order, Truncated false', async () => {
    const { KeyMetadata } = await s.client.send(new CreateKeyCommand({ Tags: [{ TagKey: 'tag1', TagValue: 'value1' }, { TagKey: 'tag2', TagValue: 'value2' }] }));
    expect(await list(KeyMetadata!.KeyId!)).toStrictEqual({ Tags: [{ TagKey: 'tag1', TagValue: 'value1' }, { TagKey: 'tag2', TagValue: 'value2' }], Truncated: false });
  });

  it('TagResource adds and updates in place; UntagResource removes, ignoring unknown keys (LocalStack snapshots, AWS-validated 2025)', async () => {
    const key = s.world.kms.createKey();
    expect(body(await s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: tags(3, 'tag') })))).toStrictEqual({});
    await s.client.send(new TagResourceCommand({ KeyId: key.Arn, Tags: [{ TagKey: 'tag1', TagValue: 'updated' }, { TagKey: 'tag9', TagValue: 'new' }] }));
    expect((await list(key.KeyId)).Tags).toStrictEqual([
      { TagKey: 'tag0', TagValue: 'v0' },
      { TagKey: 'tag1', TagValue: 'updated' },
      { TagKey: 'tag2', TagValue: 'v2' },
      { TagKey: 'tag9', TagValue: 'new' },
    ]);
    expect(body(await s.client.send(new UntagResourceCommand({ KeyId: key.KeyId, TagKeys: ['tag1', 'absent'] })))).toStrictEqual({});
    expect((await list(key.KeyId)).Tags?.map((t) => t.TagKey)).toEqual(['tag0', 'tag2', 'tag9']);
  });

  it('51 tags on CreateKey: TagException "Too many tags", no key created [REAL 2025]', async () => {
    const before = s.world.kms.keyCount;
    const err = await rejection(s.client.send(new CreateKeyCommand({ Tags: tags(51) })));
    expect(err).toBeInstanceOf(TagException);
    expect(err.message).toBe('Too many tags');
    expect(s.world.kms.keyCount).toBe(before);
  });

  it('50 tags are accepted; one more by TagResource is "Too many tags" and changes nothing', async () => {
    const key = s.world.kms.createKey();
    await s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: tags(50) }));
    await s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'k0', TagValue: 'replaced' }] }));
    const err = await rejection(s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'one-more', TagValue: '' }] })));
    expect([err.name, err.message]).toEqual(['TagException', 'Too many tags']);
    expect((await list(key.KeyId)).Tags).toHaveLength(50);
  });

  it.each(['aws:team', 'AWS:team', 'Aws:x'])('a tag key %s is reserved: TagException on CreateKey and TagResource [REAL 2025]', async (TagKey) => {
    const key = s.world.kms.createKey();
    for (const p of [s.client.send(new CreateKeyCommand({ Tags: [{ TagKey, TagValue: 'v' }] })), s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey, TagValue: 'v' }] }))]) {
      const err = await rejection(p);
      expect(err).toBeInstanceOf(TagException);
      expect(err.message).toBe('Tags beginning with aws: are reserved');
    }
    expect((await list(key.KeyId)).Tags).toEqual([]);
  });

  it('a tag key given twice: TagException "Duplicate tag keys" [REAL 2025]', async () => {
    const key = s.world.kms.createKey();
    const err = await rejection(s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'a', TagValue: '1' }, { TagKey: 'a', TagValue: '2' }] })));
    expect([err.name, err.message]).toEqual(['TagException', 'Duplicate tag keys']);
  });

  it('a tag value of 257 characters: ValidationException at tags.1.member.tagValue [REAL 2025]', async () => {
    const key = s.world.kms.createKey();
    const err = await rejection(s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [{ TagKey: 'k', TagValue: 'v'.repeat(257) }] })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(`1 validation error detected: Value '${'v'.repeat(257)}' at 'tags.1.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256`);
  });

  it('an AWS managed key cannot be tagged: AccessDeniedException [DOC; INF type]', async () => {
    const managed = (await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/aws/kinesis' }))).KeyMetadata!;
    const err = await rejection(s.client.send(new TagResourceCommand({ KeyId: managed.KeyId, Tags: tags(1) })));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toContain(`User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: kms:TagResource on resource: ${managed.Arn}`);
  });

  it('a key pending deletion cannot be tagged or untagged (KMSInvalidStateException); its tags can still be listed', async () => {
    const key = s.world.kms.createKey();
    await s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: tags(1) }));
    s.world.kms.scheduleDeletion(key.KeyId, 7);
    for (const p of [s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: tags(2) })), s.client.send(new UntagResourceCommand({ KeyId: key.KeyId, TagKeys: ['k0'] }))]) {
      const err = await rejection(p);
      expect(err).toBeInstanceOf(KMSInvalidStateException);
      expect(err.message).toBe(`${key.Arn} is pending deletion.`);
    }
    expect((await list(key.KeyId)).Tags).toEqual([{ TagKey: 'k0', TagValue: 'v0' }]);
  });

  it('ListResourceTags pages with Limit and Marker; an alias is not a key id here (NotFoundException)', async () => {
    const key = s.world.kms.createKey({ alias: 'alias/t' });
    await s.client.send(new TagResourceCommand({ KeyId: key.KeyId, Tags: [...tags(2), { TagKey: 'ü-key', TagValue: 'x' }] }));
    const first = await list(key.KeyId);
    expect(first.Tags).toHaveLength(3);
    const p1 = body(await s.client.send(new ListResourceTagsCommand({ KeyId: key.KeyId, Limit: 2 })));
    expect(p1).toMatchObject({ Truncated: true, NextMarker: expect.any(String) });
    const p2 = body(await s.client.send(new ListResourceTagsCommand({ KeyId: key.KeyId, Limit: 2, Marker: p1.NextMarker })));
    expect(p2).toStrictEqual({ Tags: [{ TagKey: 'ü-key', TagValue: 'x' }], Truncated: false });
    const err = await rejection(s.client.send(new ListResourceTagsCommand({ KeyId: 'alias/t' })));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.message).toBe("Invalid keyId 'alias/t'");
  });
});
