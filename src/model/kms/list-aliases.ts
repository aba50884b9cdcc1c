import { formatArn } from '../arn';
import { fail, ok } from '../result';
import { validateInput, type Members } from '../validate';
import type { LegacyOperation } from '../operation';
import { locateKey } from './keys';
import { LIMIT_SHAPE, MARKER_SHAPE, page } from './pagination';

const MEMBERS: Members = { KeyId: { type: 'string', min: 1, max: 2048 }, Limit: LIMIT_SHAPE, Marker: MARKER_SHAPE };

/**
 * An entry of ListAliases (timestamps epoch ms).
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
 * listAliases(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const listAliases: LegacyOperation = (world, rawInput, ctx) => {
  const invalid = validateInput('kms', rawInput, MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const input = rawInput as { readonly KeyId?: string; readonly Limit?: number; readonly Marker?: string };
  let only: string | undefined;
  if (input.KeyId !== undefined) {
    const found = locateKey(world, input.KeyId, ctx.now, ctx.region, { aliases: false, crossAccount: false });
    if (!found.ok) return found;
    only = found.value.arn;
  }
  const prefix = formatArn('kms', ctx.region, world.accountId, 'alias/');
  const entries: AliasListEntryShape[] = [];
  for (const alias of world.kms.aliases.values()) {
    if (!alias.aliasArn.startsWith(prefix) || (only !== undefined && alias.targetKeyArn !== only)) continue;
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
};
