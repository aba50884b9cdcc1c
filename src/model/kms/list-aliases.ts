import { formatArn } from '../arn';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { list, structure } from '../shape';
import { aliasesPointingTo } from './alias-index';
import { resolveKeyId } from './keys';
import { invalidKeyId } from './messages';
import { page } from './pagination';
import { ALIAS_LIST_ENTRY, LIMIT_SHAPE, MARKER_SHAPE, OPTIONAL_KEY_ID, PAGE_MEMBERS } from './shapes';

/**
 * An entry of ListAliases (timestamps epoch ms): what the world fills of `ALIAS_LIST_ENTRY`.
 *
 * @example
 * ```ts
 * const e: AliasListEntryShape = { AliasName: 'alias/a', AliasArn: 'arn:aws:kms:us-east-1:123456789012:alias/a',
 *   TargetKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', CreationDate: 0, LastUpdatedDate: 0 };
 * ```
 */
export interface AliasListEntryShape {
  readonly AliasName: string;
  readonly AliasArn: string;
  readonly TargetKeyId: string;
  readonly CreationDate: number;
  readonly LastUpdatedDate: number;
}

/** The output of the operation. */
const OUTPUT = structure({ Aliases: list(ALIAS_LIST_ENTRY), ...PAGE_MEMBERS });

/** The input of the operation. */
const INPUT = structure({ KeyId: OPTIONAL_KEY_ID, Limit: LIMIT_SHAPE, Marker: MARKER_SHAPE });

/**
 * ListAliases: the aliases of the caller's account and region, in creation order, each with
 * AliasName, AliasArn, TargetKeyId (the key id), CreationDate and LastUpdatedDate [DOC]; only
 * those of one key when KeyId (key id or key ARN [DOC]) is given, which must exist. Limit 1–100,
 * default 50; `Truncated` is always present, `NextMarker` only when truncated [DOC]. AWS may also
 * list predefined AWS managed aliases whose key does not exist yet ("might include", without
 * TargetKeyId [DOC]); the world lists an AWS managed alias once its key exists.
 *
 * @example
 * ```ts
 * listAliases.run(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const listAliases = defineOperation({
  service: 'kms',
  name: 'ListAliases',
  input: INPUT,
  output: OUTPUT,
  errors: ['DependencyTimeoutException', 'InvalidMarkerException', 'KMSInternalException', 'InvalidArnException', 'NotFoundException'],
  run(world, input, ctx) {
    let only: string | undefined;
    if (input.KeyId !== undefined) {
      const found = resolveKeyId(world, input.KeyId, ctx.region, { aliases: false, crossAccount: false });
      // Without aliases accepted, no KeyId resolves to an AWS managed key not created yet.
      if (found.found === 'aws-managed') return fail(invalidKeyId(input.KeyId));
      if (found.found === 'none') return fail(found.error);
      only = found.key.arn;
    }
    const prefix = formatArn('kms', ctx.region, world.accountId, 'alias/');
    const entries: AliasListEntryShape[] = [];
    for (const alias of only === undefined ? world.kms.aliases.values() : aliasesPointingTo(world.kms.aliases, only)) {
      if (!alias.aliasArn.startsWith(prefix)) continue;
      const key = world.kms.keys.get(alias.targetKeyArn);
      if (key === undefined) continue;
      entries.push({
        AliasName: alias.aliasName,
        AliasArn: alias.aliasArn,
        TargetKeyId: key.keyId,
        CreationDate: alias.creationDate,
        LastUpdatedDate: alias.lastUpdatedDate,
      });
    }
    const paged = page(entries, (e) => e.AliasArn, input.Limit, input.Marker);
    if (!paged.ok) return paged;
    const { items, ...rest } = paged.value;
    return ok({ Aliases: items, ...rest });
  },
});
