import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { list, required, structure } from '../shape';
import { reservedTagKey } from './messages';
import { keyToChange } from './rules';
import { KEY_ID, UNIT } from './shapes';
import { isReservedTagKey } from './tags';

/** The input of UntagResource: TagKeys of 1–128 characters [MODEL]. */
const INPUT = structure({ KeyId: KEY_ID, TagKeys: required(list({ type: 'string', min: 1, max: 128 })) });

/**
 * UntagResource: removes tags from a customer managed key by tag key; a tag key the key does not
 * have is ignored, without an error [DOC]. The key rules of TagResource (own account, not AWS
 * managed, not pending deletion). A reserved `aws:` tag key is `TagException: Tags beginning with
 * aws: are reserved` [INF: as TagResource]. Answers `{}`.
 *
 * @example
 * ```ts
 * untagResource.run(world, { KeyId: key.keyId, TagKeys: ['team'] }, { now, region: 'us-east-1' });
 * ```
 */
export const untagResource = defineOperation({
  service: 'kms',
  name: 'UntagResource',
  input: INPUT,
  output: UNIT,
  errors: ['KMSInternalException', 'NotFoundException', 'InvalidArnException', 'KMSInvalidStateException', 'TagException'],
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'UntagResource', 'tag');
    if (!found.ok) return found;
    if (input.TagKeys.some(isReservedTagKey)) return fail(reservedTagKey());
    const next = new Map(found.value.tags);
    for (const k of input.TagKeys) next.delete(k);
    found.value.tags = next;
    return ok({});
  },
});
