import { utf8Bytes } from '../bytes';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { list, structure } from '../shape';
import { resolveKeyId } from './keys';
import { LIST_LIMIT } from './list-keys';
import { invalidKeyId } from './messages';
import { page } from './pagination';
import { KEY_ID, MARKER_SHAPE, PAGE_MEMBERS } from './shapes';

/** A tag key as hex of its UTF-8 bytes, so a marker naming it survives `pagination.ts`'s byte encoding. */
function markerId(tagKey: string): string {
  let out = '';
  for (const b of utf8Bytes(tagKey)) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The output of ListResourceTags. */
const OUTPUT = structure({ Tags: list(structure({ TagKey: { type: 'string' }, TagValue: { type: 'string' } })), ...PAGE_MEMBERS });

/** The input of ListResourceTags. */
const INPUT = structure({ KeyId: KEY_ID, Limit: LIST_LIMIT, Marker: MARKER_SHAPE });

/**
 * ListResourceTags: a key's tags, in the order they were first added [REAL: LocalStack tag
 * snapshots, 2025], in any key state (AWS managed keys have none). Key id or key ARN of the own
 * account [DOC]. `Limit` default 50 [DOC]: the model allows up to 1000 and KMS documents 1–50; the
 * world pages with whatever the model accepts [INF]. `Truncated` always present, `NextMarker` only
 * when truncated (shared with ListAliases: `pagination.ts`).
 *
 * @example
 * ```ts
 * listResourceTags.run(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const listResourceTags = defineOperation({
  service: 'kms',
  name: 'ListResourceTags',
  input: INPUT,
  output: OUTPUT,
  errors: ['KMSInternalException', 'NotFoundException', 'InvalidArnException', 'InvalidMarkerException'],
  run(world, input, ctx) {
    const found = resolveKeyId(world, input.KeyId, ctx.region, { aliases: false, crossAccount: false });
    if (found.found === 'aws-managed') return fail(invalidKeyId(input.KeyId));
    if (found.found === 'none') return fail(found.error);
    const entries = [...found.key.tags].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
    const paged = page(entries, (e) => markerId(e.TagKey), input.Limit ?? 50, input.Marker);
    if (!paged.ok) return paged;
    const { items, ...rest } = paged.value;
    return ok({ Tags: items, ...rest });
  },
});
