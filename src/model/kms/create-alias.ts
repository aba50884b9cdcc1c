import { formatArn } from '../arn';
import type { ServiceError } from '../errors';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { keyIdForm } from './keys';
import { addAlias } from './lifecycle';
import { aliasExists, aliasInvalidCharacters, aliasPrefixRequired, aliasTargetIsAlias, reservedAliasDenied } from './messages';
import { aliasNameViolation, aliasTaken, keyToChange } from './rules';
import { ALIAS_NAME, KEY_ID, UNIT } from './shapes';

/** The input of CreateAlias. */
const INPUT = structure({ AliasName: ALIAS_NAME, TargetKeyId: KEY_ID });

/** KMS's exception for an alias name its rules refuse (see `aliasNameViolation`), or `undefined`. */
function aliasNameError(aliasName: string): ServiceError | undefined {
  switch (aliasNameViolation(aliasName)) {
    case 'no-prefix':
      return aliasPrefixRequired();
    case 'reserved':
      return reservedAliasDenied();
    case 'invalid-characters':
      return aliasInvalidCharacters(aliasName);
    case undefined:
      return undefined;
  }
}

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
 * createAlias.run(world, { AliasName: 'alias/orders', TargetKeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const createAlias = defineOperation({
  service: 'kms',
  name: 'CreateAlias',
  input: INPUT,
  output: UNIT,
  errors: [
    'DependencyTimeoutException',
    'AlreadyExistsException',
    'NotFoundException',
    'InvalidAliasNameException',
    'KMSInternalException',
    'LimitExceededException',
    'KMSInvalidStateException',
  ],
  run(world, input, ctx) {
    const { AliasName, TargetKeyId } = input;
    const badName = aliasNameError(AliasName);
    if (badName !== undefined) return fail(badName);
    const targetForm = keyIdForm(TargetKeyId);
    if (targetForm === 'alias-name' || targetForm === 'alias-arn') return fail(aliasTargetIsAlias());
    const aliasArn = formatArn('kms', ctx.region, world.accountId, AliasName);
    if (aliasTaken(world, aliasArn)) return fail(aliasExists(aliasArn));
    const found = keyToChange(world, TargetKeyId, ctx, 'CreateAlias', 'alias');
    if (!found.ok) return found;
    addAlias(world, AliasName, found.value, ctx.now);
    return ok({});
  },
});
