import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { ANY_KEY_ID, awsManagedKey, resolveKeyId } from './keys';
import { keyMetadata } from './metadata';
import { GRANT_TOKENS, KEY_ID, KEY_METADATA_OUTPUT } from './shapes';

/** The input of the operation. */
const INPUT = structure({ KeyId: KEY_ID, GrantTokens: GRANT_TOKENS });

/**
 * DescribeKey: the KeyMetadata of the key named in any of the five KeyId forms (key id, key ARN,
 * alias name, alias ARN, `alias/aws/<service>`), in any key state. ARNs may name another account
 * [DOC]; an ARN of another region is `NotFoundException: Invalid arn <region>` [REAL]. An AWS
 * managed alias names its key, which KMS creates here on first reference.
 *
 * @example
 * ```ts
 * const r = describeKey.run(world, { KeyId: 'alias/aws/kinesis' }, { now, region: 'us-east-1' });
 * ```
 */
export const describeKey = defineOperation({
  service: 'kms',
  name: 'DescribeKey',
  input: INPUT,
  output: KEY_METADATA_OUTPUT,
  errors: ['NotFoundException', 'InvalidArnException', 'DependencyTimeoutException', 'KMSInternalException'],
  run(world, input, ctx) {
    const found = resolveKeyId(world, input.KeyId, ctx.region, ANY_KEY_ID);
    if (found.found === 'none') return fail(found.error);
    const key = found.found === 'key' ? found.key : awsManagedKey(world, found.service, ctx.now, found.region);
    return ok({ KeyMetadata: keyMetadata(world, key) });
  },
});
