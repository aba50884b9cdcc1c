import { defineOperation } from '../operation';
import { ok } from '../result';
import { list, structure, type Shape } from '../shape';
import { page } from './pagination';
import { MARKER_SHAPE, PAGE_MEMBERS } from './shapes';

/**
 * `Limit` of ListKeys and ListResourceTags: 1–1000 in the model [MODEL]; KMS documents
 * 1–1000 (default 100) for ListKeys and 1–50 (default 50) for ListResourceTags [DOC].
 *
 * @example
 * ```ts
 * LIST_LIMIT.max; // 1000
 * ```
 */
export const LIST_LIMIT = { type: 'integer', min: 1, max: 1000 } as const satisfies Shape;

/** The output of ListKeys. */
const OUTPUT = structure({ Keys: list(structure({ KeyId: { type: 'string' }, KeyArn: { type: 'string' } })), ...PAGE_MEMBERS });

/** The input of ListKeys. */
const INPUT = structure({ Limit: LIST_LIMIT, Marker: MARKER_SHAPE });

/**
 * ListKeys: the keys of the caller's account and region, in every state but deleted, AWS managed
 * ones included once they exist, in creation order, each `{ KeyId, KeyArn }` [DOC]. `Limit`
 * 1–1000, default 100 [DOC]; `Truncated` always present, `NextMarker` only when truncated, an
 * unknown `Marker` is InvalidMarkerException (shared with ListAliases: `pagination.ts`).
 *
 * @example
 * ```ts
 * listKeys.run(world, { Limit: 10 }, { now, region: 'us-east-1' });
 * ```
 */
export const listKeys = defineOperation({
  service: 'kms',
  name: 'ListKeys',
  input: INPUT,
  output: OUTPUT,
  errors: ['DependencyTimeoutException', 'KMSInternalException', 'InvalidMarkerException'],
  run(world, input, ctx) {
    const entries: { KeyId: string; KeyArn: string }[] = [];
    for (const key of world.kms.keys.values()) {
      if (key.account === world.accountId && key.region === ctx.region) entries.push({ KeyId: key.keyId, KeyArn: key.arn });
    }
    const paged = page(entries, (e) => e.KeyArn, input.Limit ?? 100, input.Marker);
    if (!paged.ok) return paged;
    const { items, ...rest } = paged.value;
    return ok({ Keys: items, ...rest });
  },
});
