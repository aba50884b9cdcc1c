import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { createKey } from './keys';
import { keyMetadata } from './metadata';
import { bothKeySpecs, customKeyStoreNotFound, keyUsageIncompatible, keyUsageRequired, originNotModelled } from './messages';
import { usageAllowed } from './rules';
import { CREATE_KEY_INPUT, createKeyInput, KEY_METADATA_OUTPUT } from './shapes';
import { readKeyPolicy } from './policy';
import type { KeyPolicy, KeySpec, KeyUsage } from './state';
import { applyTags, tagError } from './tags';

/**
 * CreateKey: a new key in the caller's account and region, Enabled, origin AWS_KMS. Symmetric
 * encryption by default; any other KeySpec needs a KeyUsage KMS accepts for it. `Policy` is read as
 * PutKeyPolicy reads it (`readKeyPolicy`: MalformedPolicyDocumentException, the lockout check unless
 * `BypassPolicyLockoutSafetyCheck`) and kept (GetKeyPolicy answers it; without one the key has the
 * default key policy). `Tags` follow KMS's tag rules (`tagError`: `aws:` reserved in any case,
 * duplicates, at most 50 [REAL 2025]) and are kept (ListResourceTags). SM2 is offered only to a
 * client in a China Region (`inputFor`). The world holds no custom key stores, so a `CustomKeyStoreId`
 * is CustomKeyStoreNotFoundException, as AWS answers an id it cannot find [DOC text]; another Origin
 * (imported key material, a key store) is UnsupportedOperationException naming what the world cannot
 * hold [INF: documented in docs/kms.md].
 *
 * @example
 * ```ts
 * const r = createKeyOperation.run(world, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }, { now, region: 'us-east-1' });
 * ```
 */
export const createKeyOperation = defineOperation({
  service: 'kms',
  name: 'CreateKey',
  input: CREATE_KEY_INPUT,
  inputFor: (_world, ctx) => createKeyInput(ctx.region),
  output: KEY_METADATA_OUTPUT,
  errors: [
    'MalformedPolicyDocumentException',
    'DependencyTimeoutException',
    'InvalidArnException',
    'UnsupportedOperationException',
    'KMSInternalException',
    'LimitExceededException',
    'TagException',
    'CustomKeyStoreNotFoundException',
    'CustomKeyStoreInvalidStateException',
    'CloudHsmClusterInvalidConfigurationException',
    'XksKeyInvalidConfigurationException',
    'XksKeyAlreadyInUseException',
    'XksKeyNotFoundException',
  ],
  run(world, input, ctx) {
    if (input.KeySpec !== undefined && input.CustomerMasterKeySpec !== undefined) return fail(bothKeySpecs());
    const spec: KeySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    if (spec !== 'SYMMETRIC_DEFAULT' && input.KeyUsage === undefined) return fail(keyUsageRequired());
    const usage: KeyUsage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
    if (!usageAllowed(spec, usage)) return fail(keyUsageIncompatible(usage, spec));
    if (input.CustomKeyStoreId !== undefined) return fail(customKeyStoreNotFound());
    if ((input.Origin !== undefined && input.Origin !== 'AWS_KMS') || input.XksKeyId !== undefined) {
      return fail(originNotModelled(input.Origin ?? 'EXTERNAL_KEY_STORE'));
    }
    let policy: KeyPolicy | undefined;
    if (input.Policy !== undefined) {
      const read = readKeyPolicy(input.Policy, world.accountId, ctx.region, input.BypassPolicyLockoutSafetyCheck === true);
      if (!read.ok) return read;
      policy = read.value;
    }
    const badTags = input.Tags === undefined ? undefined : tagError(input.Tags, new Map());
    if (badTags !== undefined) return fail(badTags);
    const key = createKey(
      world,
      { spec, usage, multiRegion: input.MultiRegion === true, ...(input.Description === undefined ? {} : { description: input.Description }) },
      ctx.now,
      ctx.region,
      'CreateKey',
    );
    if (policy !== undefined) key.policy = policy;
    if (input.Tags !== undefined) applyTags(key, input.Tags);
    return ok({ KeyMetadata: keyMetadata(world, key) });
  },
});
