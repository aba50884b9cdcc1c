import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { required, structure } from '../shape';
import { keyToChange } from './rules';
import { KEY_ID, TAG_LIST, UNIT } from './shapes';
import { applyTags, tagError } from './tags';

/** The input of TagResource. */
const INPUT = structure({ KeyId: KEY_ID, Tags: required(TAG_LIST) });

/**
 * TagResource: adds tags to a customer managed key or replaces their values (a replaced tag keeps
 * its place) [DOC; REAL: LocalStack `test_update_and_add_tags_on_tagged_key`, 2025]. Key id or key
 * ARN of the own account [DOC]. Checks, after the model's constraints (a tag key of 129 characters
 * is `ValidationException … at 'tags.1.member.tagKey'` [REAL 2025]): the key (not found; AWS
 * managed: "you cannot tag an AWS managed key" [DOC], `AccessDeniedException` [INF]; pending
 * deletion: `KMSInvalidStateException` [DOC note 3]); then the tags: `TagException` `Tags beginning
 * with aws: are reserved` (any case), `Duplicate tag keys`, `Too many tags` past 50 [REAL 2025].
 * Answers `{}`.
 *
 * @example
 * ```ts
 * tagResource.run(world, { KeyId: key.keyId, Tags: [{ TagKey: 'team', TagValue: 'orders' }] }, { now, region: 'us-east-1' });
 * ```
 */
export const tagResource = defineOperation({
  service: 'kms',
  name: 'TagResource',
  input: INPUT,
  output: UNIT,
  errors: ['KMSInternalException', 'NotFoundException', 'InvalidArnException', 'KMSInvalidStateException', 'LimitExceededException', 'TagException'],
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'TagResource', 'tag');
    if (!found.ok) return found;
    const bad = tagError(input.Tags, found.value.tags);
    if (bad !== undefined) return fail(bad);
    applyTags(found.value, input.Tags);
    return ok({});
  },
});
