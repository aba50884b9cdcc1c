import { fail, ok } from '../result';
import { validateInput, type Members } from '../validate';
import type { LegacyOperation } from '../operation';
import { locateKey } from './keys';
import { keyMetadata } from './metadata';
import { GRANT_TOKENS, KEY_ID } from './shapes';

const MEMBERS: Members = { KeyId: KEY_ID, GrantTokens: GRANT_TOKENS };

/**
 * DescribeKey: the KeyMetadata of the key named in any of the five KeyId forms (key id, key ARN,
 * alias name, alias ARN, `alias/aws/<service>`), in any key state. ARNs may name another account
 * [DOC]; an ARN of another region is `NotFoundException: Invalid arn <region>` [REAL]. An AWS
 * managed alias names its key, which KMS creates on first reference.
 *
 * @example
 * ```ts
 * const r = describeKey(world, { KeyId: 'alias/aws/kinesis' }, { now, region: 'us-east-1' });
 * ```
 */
export const describeKey: LegacyOperation = (world, rawInput, ctx) => {
  const invalid = validateInput('kms', rawInput, MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const { KeyId } = rawInput as { readonly KeyId: string };
  const found = locateKey(world, KeyId, ctx.now, ctx.region, { aliases: true, crossAccount: true });
  if (!found.ok) return found;
  return ok({ KeyMetadata: keyMetadata(world, found.value) });
};
