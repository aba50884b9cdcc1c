import { formatArn } from '../arn';
import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { keyIdForm } from './keys';
import type { ServiceError } from '../errors';
import { aliasNotFound, aliasPrefixRequired, aliasTargetIsAlias, kmsValidation, reservedAliasDenied } from './messages';
import { keyToChange } from './rules';
import { ALIAS_NAME, KEY_ID, UNIT } from './shapes';

/** The input of UpdateAlias. */
const INPUT = structure({ AliasName: ALIAS_NAME, TargetKeyId: KEY_ID });

/**
 * UpdateAlias: points an existing alias of the caller's account and region at another customer
 * managed key (key id or key ARN) and moves its `LastUpdatedDate` on. Checks, in order: the model's
 * constraints; the `alias/` prefix [REAL text, as CreateAlias]; the reserved `alias/aws/` prefix
 * (`NotAuthorizedException` [INF, as CreateAlias]); an alias given as target [PEER moto, as
 * CreateAlias]; the alias (`NotFoundException: Alias <alias ARN> is not found.` [REAL text]); the
 * new key (not found, AWS managed, pending deletion [DOC: key-state table note 10/3]); the new key
 * must have the same type and key usage as the current one [DOC], else `ValidationException`
 * [INF text]. Answers `{}`.
 *
 * @example
 * ```ts
 * updateAlias.run(world, { AliasName: 'alias/orders', TargetKeyId: next.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const updateAlias = defineOperation({
  service: 'kms',
  name: 'UpdateAlias',
  input: INPUT,
  output: UNIT,
  errors: ['DependencyTimeoutException', 'NotFoundException', 'KMSInternalException', 'LimitExceededException', 'KMSInvalidStateException'],
  run(world, input, ctx) {
    const { AliasName, TargetKeyId } = input;
    if (!AliasName.startsWith('alias/')) return fail(aliasPrefixRequired());
    if (AliasName.startsWith('alias/aws/')) return fail(reservedAliasDenied());
    const targetForm = keyIdForm(TargetKeyId);
    if (targetForm === 'alias-name' || targetForm === 'alias-arn') return fail(aliasTargetIsAlias());
    const aliasArn = formatArn('kms', ctx.region, world.accountId, AliasName);
    const alias = world.kms.aliases.get(aliasArn);
    if (alias === undefined) return fail(aliasNotFound(aliasArn));
    const found = keyToChange(world, TargetKeyId, ctx, 'UpdateAlias', 'alias');
    if (!found.ok) return found;
    const next = found.value;
    const current = world.kms.keys.get(alias.targetKeyArn);
    if (current !== undefined && (keyType(current.spec) !== keyType(next.spec) || current.usage !== next.usage)) {
      return fail(aliasTargetMismatch(current.arn, next.arn));
    }
    world.kms.aliases.set(aliasArn, { ...alias, targetKeyArn: next.arn, lastUpdatedDate: ctx.now });
    return ok({});
  },
});

/** The key type UpdateAlias compares: symmetric, HMAC or asymmetric [DOC]. */
function keyType(spec: string): 'symmetric' | 'hmac' | 'asymmetric' {
  if (spec === 'SYMMETRIC_DEFAULT') return 'symmetric';
  return spec.startsWith('HMAC_') ? 'hmac' : 'asymmetric';
}

/**
 * `ValidationException` for UpdateAlias to a key of another type or key usage [DOC: the rule; INF: text].
 */
function aliasTargetMismatch(currentArn: string, nextArn: string): ServiceError {
  return kmsValidation(`${nextArn} does not have the same key type and key usage as ${currentArn}, the key the alias is associated with.`);
}
