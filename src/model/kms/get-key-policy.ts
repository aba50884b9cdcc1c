import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { aliasesPointingTo } from './alias-index';
import { resolveKeyId } from './keys';
import { invalidKeyId, policyNameNotFound } from './messages';
import { DEFAULT_POLICY_NAME, keyPolicyDocument } from './policy';
import { KEY_ID, POLICY_NAME } from './shapes';

/** The input of GetKeyPolicy (PolicyName optional since 2024 [MODEL]). */
const INPUT = structure({ KeyId: KEY_ID, PolicyName: POLICY_NAME });

/** The output of GetKeyPolicy. */
const OUTPUT = structure({ Policy: { type: 'string' }, PolicyName: { type: 'string' } });

/**
 * GetKeyPolicy: the key policy of a key in any state [DOC: key-state table], `{ Policy, PolicyName:
 * 'default' }` [MODEL: both members]: the document given to CreateKey or PutKeyPolicy, unchanged
 * [REAL: LocalStack `test_get_put_list_key_policies` compares it as JSON], else the default key
 * policy (account root, `kms:*`) [REAL statement] or, for an AWS managed key, its service's policy
 * [DOC pattern; INF text]. Key id or key ARN of the own account [DOC]. A PolicyName other than
 * `default` is `NotFoundException` [DOC: the only valid name; INF: type and text].
 *
 * @example
 * ```ts
 * getKeyPolicy.run(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const getKeyPolicy = defineOperation({
  service: 'kms',
  name: 'GetKeyPolicy',
  input: INPUT,
  output: OUTPUT,
  errors: ['NotFoundException', 'InvalidArnException', 'DependencyTimeoutException', 'KMSInternalException', 'KMSInvalidStateException'],
  run(world, input, ctx) {
    const found = resolveKeyId(world, input.KeyId, ctx.region, { aliases: false, crossAccount: false });
    if (found.found === 'aws-managed') return fail(invalidKeyId(input.KeyId));
    if (found.found === 'none') return fail(found.error);
    const policyName = input.PolicyName ?? DEFAULT_POLICY_NAME;
    if (policyName !== DEFAULT_POLICY_NAME) return fail(policyNameNotFound(policyName));
    const key = found.key;
    const managedService = key.manager === 'AWS' ? managedServiceOf(aliasesPointingTo(world.kms.aliases, key.arn).map((a) => a.aliasName)) : undefined;
    return ok({ Policy: keyPolicyDocument(key, managedService), PolicyName: DEFAULT_POLICY_NAME });
  },
});

function managedServiceOf(aliasNames: readonly string[]): string | undefined {
  for (const name of aliasNames) if (name.startsWith('alias/aws/')) return name.slice('alias/aws/'.length);
  return undefined;
}
