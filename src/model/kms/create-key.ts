import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { createKey } from './keys';
import { keyMetadata } from './metadata';
import { bothKeySpecs, keyUsageIncompatible, keyUsageRequired } from './messages';
import { usageAllowed } from './rules';
import { CREATE_KEY_INPUT, createKeyInput, KEY_METADATA_OUTPUT } from './shapes';
import type { KeySpec, KeyUsage } from './state';

/**
 * CreateKey: a new key in the caller's account and region, Enabled, origin AWS_KMS. Symmetric
 * encryption by default; any other KeySpec needs a KeyUsage KMS accepts for it. Policy and Tags
 * are validated and not kept (the world models no key policies or tags). SM2 is offered only to a
 * client in a China Region (`inputFor`). Origins other than AWS_KMS and custom key stores are not
 * modelled: such a call rejects with a TypeError naming it.
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
    if ((input.Origin !== undefined && input.Origin !== 'AWS_KMS') || input.CustomKeyStoreId !== undefined || input.XksKeyId !== undefined) {
      throw new TypeError(
        `[kinesis-sse-harness] CreateKey with ${input.Origin !== undefined && input.Origin !== 'AWS_KMS' ? `Origin '${input.Origin}'` : 'a custom key store'} is not modelled; the world creates AWS_KMS keys only`,
      );
    }
    const key = createKey(
      world,
      { spec, usage, multiRegion: input.MultiRegion === true, ...(input.Description === undefined ? {} : { description: input.Description }) },
      ctx.now,
      ctx.region,
      'CreateKey',
    );
    return ok({ KeyMetadata: keyMetadata(world, key) });
  },
});
