import { formatArn } from '../arn';
import { serviceError } from '../errors';
import { fail, ok } from '../result';
import { validateInput, type Members } from '../validate';
import type { LegacyOperation } from '../operation';
import { aliasExists, kmsValidation, pendingDeletion } from './errors';
import { checkKey } from './key-state-operation';
import { keyIdForm } from './keys';
import { addAlias } from './lifecycle';
import { ALIAS_NAME, KEY_ID } from './shapes';

const MEMBERS: Members = { AliasName: ALIAS_NAME, TargetKeyId: KEY_ID };

/**
 * CreateAlias: a new alias, in the caller's account and region, for a customer managed key named
 * by key id or key ARN. Checks, in order: the model's constraints; the `alias/` prefix
 * (`ValidationException: Alias must start with the prefix "alias/". Please see …` [REAL]); the
 * reserved `alias/aws/` prefix [DOC] (`NotAuthorizedException` [PEER moto; the SDK reports an
 * empty body's message as `UnknownError`]); a `:` in the name [PEER moto]; an alias given as
 * target [PEER moto]; an existing alias of that name (`AlreadyExistsException: An alias with the
 * name <alias ARN> already exists` [REAL]); then the target key (not found, other region, AWS
 * managed, pending deletion [DOC]). Answers `{}`.
 *
 * @example
 * ```ts
 * createAlias(world, { AliasName: 'alias/orders', TargetKeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const createAlias: LegacyOperation = (world, rawInput, ctx) => {
  const invalid = validateInput('kms', rawInput, MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const { AliasName, TargetKeyId } = rawInput as { readonly AliasName: string; readonly TargetKeyId: string };
  if (!AliasName.startsWith('alias/')) {
    return fail(kmsValidation('Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html'));
  }
  if (AliasName.startsWith('alias/aws/')) return fail(serviceError('kms', 'NotAuthorizedException', 'UnknownError'));
  if (AliasName.includes(':')) return fail(kmsValidation(`${AliasName} contains invalid characters for an alias`));
  const targetForm = keyIdForm(TargetKeyId);
  if (targetForm === 'alias-name' || targetForm === 'alias-arn') return fail(kmsValidation('Aliases must refer to keys. Not aliases'));
  const aliasArn = formatArn('kms', ctx.region, world.accountId, AliasName);
  if (world.kms.aliases.has(aliasArn)) return fail(aliasExists(aliasArn));
  const found = checkKey(world, TargetKeyId, ctx, 'CreateAlias');
  if (!found.ok) return found;
  const key = found.value;
  if (key.state === 'PendingDeletion') return fail(pendingDeletion(key.arn));
  addAlias(world, AliasName, key, ctx.now);
  return ok({});
};
