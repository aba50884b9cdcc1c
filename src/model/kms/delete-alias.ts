import { formatArn } from '../arn';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { aliasNotFound, aliasPrefixRequired, reservedAliasDenied } from './messages';
import { ALIAS_NAME, UNIT } from './shapes';

/** The input of DeleteAlias. */
const INPUT = structure({ AliasName: ALIAS_NAME });

/**
 * DeleteAlias: removes an alias of the caller's account and region, whatever its key's state (the
 * key-state table allows it in every state [DOC]); the key is unchanged. Checks: the model's
 * constraints; the `alias/` prefix [REAL text, as CreateAlias]; the reserved `alias/aws/` prefix
 * (`NotAuthorizedException` [INF, as CreateAlias]); the alias (`NotFoundException: Alias <alias
 * ARN> is not found.` [REAL text]). Answers `{}`.
 *
 * @example
 * ```ts
 * deleteAlias.run(world, { AliasName: 'alias/orders' }, { now, region: 'us-east-1' });
 * ```
 */
export const deleteAlias = defineOperation({
  service: 'kms',
  name: 'DeleteAlias',
  input: INPUT,
  output: UNIT,
  errors: ['DependencyTimeoutException', 'NotFoundException', 'KMSInternalException', 'KMSInvalidStateException'],
  run(world, input, ctx) {
    const { AliasName } = input;
    if (!AliasName.startsWith('alias/')) return fail(aliasPrefixRequired());
    if (AliasName.startsWith('alias/aws/')) return fail(reservedAliasDenied());
    const aliasArn = formatArn('kms', ctx.region, world.accountId, AliasName);
    if (!world.kms.aliases.has(aliasArn)) return fail(aliasNotFound(aliasArn));
    world.kms.aliases.delete(aliasArn);
    return ok({});
  },
});
