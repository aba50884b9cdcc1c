import { parseArn, partitionOf } from '../arn';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { list, structure } from '../shape';
import { resolveKeyId } from './keys';
import { invalidKeyId } from './messages';
import { page } from './pagination';
import { GRANT_ID, GRANT_LIST_ENTRY, KEY_ID, LIMIT_SHAPE, MARKER_SHAPE, PAGE_MEMBERS, PRINCIPAL } from './shapes';
import type { KmsGrant } from './state';

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

/** The output of the operation. */
const OUTPUT = structure({ Grants: list(GRANT_LIST_ENTRY), ...PAGE_MEMBERS });

/** The input of the operation. */
const INPUT = structure({ Limit: LIMIT_SHAPE, Marker: MARKER_SHAPE, KeyId: KEY_ID, GrantId: GRANT_ID, GranteePrincipal: PRINCIPAL });

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
 * listGrants.run(world, { KeyId: key.arn }, { now, region: 'us-east-1' });
 * ```
 */
export const listGrants = defineOperation({
  service: 'kms',
  name: 'ListGrants',
  input: INPUT,
  output: OUTPUT,
  errors: [
    'NotFoundException',
    'DependencyTimeoutException',
    'InvalidMarkerException',
    'InvalidGrantIdException',
    'InvalidArnException',
    'KMSInternalException',
    'KMSInvalidStateException',
  ],
  run(world, input, ctx) {
    const found = resolveKeyId(world, input.KeyId, ctx.region, { aliases: false, crossAccount: true });
    // Without aliases accepted, no KeyId resolves to an AWS managed key not created yet.
    if (found.found === 'aws-managed') return fail(invalidKeyId(input.KeyId));
    if (found.found === 'none') return fail(found.error);
    const key = found.key;
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
  },
});
