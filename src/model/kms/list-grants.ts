import { parseArn, partitionOf } from '../arn';
import { fail, ok } from '../result';
import { validateInput, type Members } from '../validate';
import type { LegacyOperation } from '../operation';
import { locateKey } from './keys';
import { KEY_ID } from './shapes';
import type { KmsGrant } from './state';
import { LIMIT_SHAPE, MARKER_SHAPE, page } from './pagination';

const PRINCIPAL = { type: 'string', min: 1, max: 256, pattern: '^[\\w+=,.@:/-]+$' } as const;

const MEMBERS: Members = {
  Limit: LIMIT_SHAPE,
  Marker: MARKER_SHAPE,
  KeyId: KEY_ID,
  GrantId: { type: 'string', min: 1, max: 128 },
  GranteePrincipal: PRINCIPAL,
};

/**
 * An entry of ListGrants (timestamps epoch ms).
 *
 * @example
 * ```ts
 * const g: GrantListEntryShape = { KeyId: keyArn, GrantId: 'ab12…', CreationDate: 0, GranteePrincipal: 'firehose.amazonaws.com',
 *   IssuingAccount: 'arn:aws:iam::123456789012:root', Operations: ['Encrypt'] };
 * ```
 */
export interface GrantListEntryShape {
  readonly KeyId: string;
  readonly GrantId: string;
  readonly Name?: string;
  readonly CreationDate: number;
  readonly GranteePrincipal: string;
  readonly RetiringPrincipal?: string;
  readonly IssuingAccount: string;
  readonly Operations: readonly string[];
}

/**
 * A grant as ListGrants shows it: KeyId (the key ARN), GrantId, Name only when it has one,
 * CreationDate, GranteePrincipal, RetiringPrincipal when set, IssuingAccount
 * (`arn:<partition>:iam::<key's account>:root`) and Operations.
 *
 * @example
 * ```ts
 * grantListEntry(world.kms.grants.values().next().value!).IssuingAccount; // 'arn:aws:iam::123456789012:root'
 * ```
 */
export function grantListEntry(grant: KmsGrant): GrantListEntryShape {
  const arn = parseArn(grant.keyArn);
  return {
    KeyId: grant.keyArn,
    GrantId: grant.grantId,
    ...(grant.name === undefined ? {} : { Name: grant.name }),
    CreationDate: grant.creationDate,
    GranteePrincipal: grant.granteePrincipal,
    ...(grant.retiringPrincipal === undefined ? {} : { RetiringPrincipal: grant.retiringPrincipal }),
    IssuingAccount: `arn:${partitionOf(arn?.region ?? '')}:iam::${arn?.account ?? ''}:root`,
    Operations: [...grant.operations],
  };
}

/**
 * ListGrants: the grants on one key (KeyId required: key id or key ARN, which may be of another
 * account [DOC]), optionally only the one with GrantId or those for GranteePrincipal. Each entry
 * has KeyId (the key ARN), GrantId, Name (only when the grant has one: "Otherwise this value is
 * null" [DOC]), CreationDate, GranteePrincipal, RetiringPrincipal (when set), IssuingAccount
 * (`arn:aws:iam::<account>:root`) and Operations [DOC]. Limit/Marker/Truncated as ListAliases.
 * The grants themselves are made by the Firehose model (world.kms.grants).
 *
 * @example
 * ```ts
 * listGrants(world, { KeyId: key.arn }, { now, region: 'us-east-1' });
 * ```
 */
export const listGrants: LegacyOperation = (world, rawInput, ctx) => {
  const invalid = validateInput('kms', rawInput, MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const input = rawInput as {
    readonly KeyId: string;
    readonly GrantId?: string;
    readonly GranteePrincipal?: string;
    readonly Limit?: number;
    readonly Marker?: string;
  };
  const found = locateKey(world, input.KeyId, ctx.now, ctx.region, { aliases: false, crossAccount: true });
  if (!found.ok) return found;
  const key = found.value;
  const entries: GrantListEntryShape[] = [];
  for (const grant of world.kms.grants.values()) {
    if (grant.keyArn !== key.arn) continue;
    if (input.GrantId !== undefined && grant.grantId !== input.GrantId) continue;
    if (input.GranteePrincipal !== undefined && grant.granteePrincipal !== input.GranteePrincipal) continue;
    entries.push(grantListEntry(grant));
  }
  const paged = page(entries, (e) => e.GrantId, input.Limit, input.Marker);
  if (!paged.ok) return paged;
  const { items, ...rest } = paged.value;
  return ok({ Grants: items, ...rest });
};
