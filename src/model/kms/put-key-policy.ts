import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { policyNameNotFound } from './messages';
import { DEFAULT_POLICY_NAME, readKeyPolicy } from './policy';
import { keyToChange } from './rules';
import { KEY_ID, POLICY, POLICY_NAME, UNIT } from './shapes';

/** The input of PutKeyPolicy, in the service model's order. */
const INPUT = structure({
  KeyId: KEY_ID,
  PolicyName: POLICY_NAME,
  Policy: { ...POLICY, required: true },
  BypassPolicyLockoutSafetyCheck: { type: 'boolean' },
});

/**
 * PutKeyPolicy: replaces a customer managed key's key policy, in any key state [DOC: key-state
 * table]. Key id or key ARN of the own account [DOC]; an AWS managed key's policy cannot be changed
 * [DOC] (`AccessDeniedException` [INF, as EnableKey]); PolicyName other than `default` is
 * `NotFoundException` [INF]. The document is read as `readKeyPolicy` says: not a JSON policy →
 * `MalformedPolicyDocumentException` (no message [REAL]); invalid principals → `… one or more invalid
 * principals.` [REAL]; without `BypassPolicyLockoutSafetyCheck`, a policy that does not let the
 * account call kms:PutKeyPolicy → `The new key policy will not allow you to update the key policy in
 * the future.` [REAL]. A policy that denies Kinesis or Firehose the key makes their encryption with
 * it fail as the `access-denied` condition does (see docs/kms.md, "Key policies"). Answers `{}`.
 *
 * @example
 * ```ts
 * putKeyPolicy.run(world, { KeyId: key.keyId, Policy: document }, { now, region: 'us-east-1' });
 * ```
 */
export const putKeyPolicy = defineOperation({
  service: 'kms',
  name: 'PutKeyPolicy',
  input: INPUT,
  output: UNIT,
  errors: [
    'NotFoundException',
    'InvalidArnException',
    'MalformedPolicyDocumentException',
    'DependencyTimeoutException',
    'UnsupportedOperationException',
    'KMSInternalException',
    'LimitExceededException',
    'KMSInvalidStateException',
  ],
  run(world, input, ctx) {
    const found = keyToChange(world, input.KeyId, ctx, 'PutKeyPolicy', 'policy');
    if (!found.ok) return found;
    const policyName = input.PolicyName ?? DEFAULT_POLICY_NAME;
    if (policyName !== DEFAULT_POLICY_NAME) return fail(policyNameNotFound(policyName));
    const key = found.value;
    const read = readKeyPolicy(input.Policy, key.account, key.region, input.BypassPolicyLockoutSafetyCheck === true);
    if (!read.ok) return read;
    key.policy = read.value;
    return ok({});
  },
});
