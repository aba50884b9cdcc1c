import type { ServiceError } from '../errors';
import { duplicateTagKeys, reservedTagKey, tooManyTags } from './messages';
import type { KmsKey } from './state';

/**
 * The most tags a KMS key can have [REAL: the 51st is `TagException: Too many tags`, LocalStack
 * snapshot recorded against AWS 2025-01; DOC: tag quota].
 *
 * @example
 * ```ts
 * MAX_TAGS; // 50
 * ```
 */
export const MAX_TAGS = 50;

/**
 * Whether a tag key is reserved: it begins with `aws:` in any case (`AWS:` too) [REAL 2025].
 *
 * @example
 * ```ts
 * isReservedTagKey('AWS:owner'); // true
 * ```
 */
export function isReservedTagKey(tagKey: string): boolean {
  return tagKey.slice(0, 4).toLowerCase() === 'aws:';
}

/**
 * KMS's TagException for tags given to CreateKey or TagResource (after the model's length
 * constraints), or `undefined`: a reserved key, then a key given twice, then more than
 * {@link MAX_TAGS} distinct keys once merged with the key's own tags (`existing`). The order of the
 * three checks is [INF]; each text is [REAL].
 *
 * @example
 * ```ts
 * tagError([{ TagKey: 'aws:x', TagValue: '' }], new Map()); // TagException: Tags beginning with aws: are reserved
 * ```
 */
export function tagError(tags: readonly { readonly TagKey: string; readonly TagValue: string }[], existing: ReadonlyMap<string, string>): ServiceError | undefined {
  if (tags.some((t) => isReservedTagKey(t.TagKey))) return reservedTagKey();
  const keys = new Set<string>();
  for (const t of tags) {
    if (keys.has(t.TagKey)) return duplicateTagKeys();
    keys.add(t.TagKey);
  }
  let total = existing.size;
  for (const k of keys) if (!existing.has(k)) total++;
  return total > MAX_TAGS ? tooManyTags() : undefined;
}

/**
 * Adds or replaces tags on a key (a replaced tag keeps its place, as ListResourceTags shows
 * [REAL: LocalStack snapshot `test_update_and_add_tags_on_tagged_key`, 2025]).
 *
 * @example
 * ```ts
 * applyTags(key, [{ TagKey: 'team', TagValue: 'orders' }]);
 * ```
 */
export function applyTags(key: KmsKey, tags: readonly { readonly TagKey: string; readonly TagValue: string }[]): void {
  const next = new Map(key.tags);
  for (const t of tags) next.set(t.TagKey, t.TagValue);
  key.tags = next;
}
