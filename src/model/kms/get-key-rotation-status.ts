import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { resolveKeyId } from './keys';
import { invalidKeyId, rotationNotSupported } from './messages';
import { rotationStatus } from './rotation';
import { KEY_ONLY_INPUT } from './shapes';

/** The output of GetKeyRotationStatus, in the service model's order. */
const OUTPUT = structure({
  KeyRotationEnabled: { type: 'boolean' },
  KeyId: { type: 'string' },
  RotationPeriodInDays: { type: 'integer' },
  NextRotationDate: { type: 'timestamp' },
  OnDemandRotationStartDate: { type: 'timestamp' },
});

/**
 * GetKeyRotationStatus: whether automatic rotation is on, in any key state (key-state table: ✓ for
 * Disabled and PendingDeletion [DOC]). Rotating: `{ KeyId, KeyRotationEnabled: true,
 * NextRotationDate, RotationPeriodInDays }` [REAL: LocalStack snapshot `test_key_enable_rotation_status`,
 * AWS-validated 2025]; not rotating: `{ KeyId, KeyRotationEnabled: false }` [INF: the other members
 * absent]. `KeyId` is the key ARN [INF, as the other KMS outputs]. AWS managed keys always rotate,
 * every 365 days [DOC]. A key that is not symmetric is `UnsupportedOperationException` [DOC note 7].
 * Key id or key ARN of the own account [DOC: cross-account use with the key ARN is allowed; INF: the
 * world's other accounts have no policy granting it].
 *
 * @example
 * ```ts
 * getKeyRotationStatus.run(world, { KeyId: key.keyId }, { now, region: 'us-east-1' });
 * ```
 */
export const getKeyRotationStatus = defineOperation({
  service: 'kms',
  name: 'GetKeyRotationStatus',
  input: KEY_ONLY_INPUT,
  output: OUTPUT,
  errors: ['NotFoundException', 'InvalidArnException', 'DependencyTimeoutException', 'KMSInternalException', 'KMSInvalidStateException', 'UnsupportedOperationException'],
  run(world, input, ctx) {
    const found = resolveKeyId(world, input.KeyId, ctx.region, { aliases: false, crossAccount: false });
    if (found.found === 'aws-managed') return fail(invalidKeyId(input.KeyId));
    if (found.found === 'none') return fail(found.error);
    const key = found.key;
    if (key.spec !== 'SYMMETRIC_DEFAULT') return fail(rotationNotSupported());
    const status = rotationStatus(key, ctx.now);
    if (!status.enabled) return ok({ KeyId: key.arn, KeyRotationEnabled: false });
    return ok({ KeyId: key.arn, KeyRotationEnabled: true, NextRotationDate: status.next, RotationPeriodInDays: status.periodInDays });
  },
});
