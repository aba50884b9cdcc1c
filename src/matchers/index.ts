/**
 * The matchers as plain functions, for `expect.extend` by hand (e.g. jest with `injectGlobals: false`,
 * or another expect-compatible runner). The `kinesis-sse-harness/vitest` and
 * `kinesis-sse-harness/jest` entries register them for you.
 *
 * @example
 * ```ts
 * import { expect } from '@jest/globals';
 * import { matchers } from 'kinesis-sse-harness/matchers';
 * expect.extend(matchers);
 * ```
 */
import { toHaveDeliveryStreamEncryption } from './to-have-delivery-stream-encryption';
import { toHaveDeliveryStreamKeyInEffect } from './to-have-delivery-stream-key-in-effect';
import { toHaveDeliveryStreamStatus } from './to-have-delivery-stream-status';
import { toHaveEncryptedDeliveryStreamRecords } from './to-have-encrypted-delivery-stream-records';
import { toHaveEncryptedStreamRecords } from './to-have-encrypted-stream-records';
import { toHaveStayedWithinStreamEncryptionLimits } from './to-have-stayed-within-stream-encryption-limits';
import { toHaveStreamEncryption } from './to-have-stream-encryption';
import { toHaveStreamStatus } from './to-have-stream-status';
import { toHaveTransition } from './to-have-transition';
import type { SseMatcher, SseMatchers } from './types';

// Re-exported from their files (not from the imports above) so that each name leads to its declaration.
export { toHaveDeliveryStreamEncryption } from './to-have-delivery-stream-encryption';
export { toHaveDeliveryStreamKeyInEffect } from './to-have-delivery-stream-key-in-effect';
export { toHaveDeliveryStreamStatus } from './to-have-delivery-stream-status';
export { toHaveEncryptedDeliveryStreamRecords } from './to-have-encrypted-delivery-stream-records';
export { toHaveEncryptedStreamRecords } from './to-have-encrypted-stream-records';
export { toHaveStayedWithinStreamEncryptionLimits } from './to-have-stayed-within-stream-encryption-limits';
export { toHaveStreamEncryption } from './to-have-stream-encryption';
export { toHaveStreamStatus } from './to-have-stream-status';
export { toHaveTransition } from './to-have-transition';
export type {
  AsymmetricMatcherLike,
  DeliveryStreamEncryptionExpectation,
  DeliveryStreamEncryptionStatus,
  DeliveryStreamStatus,
  EncryptedDeliveryStreamRecordsOptions,
  EncryptedStreamRecordsOptions,
  EncryptionType,
  KeyInEffectExpectation,
  KeyType,
  Matchable,
  MatcherReturn,
  SelfTypedSseMatchers,
  SseAsymmetricMatcher,
  SseMatcher,
  SseMatcherContext,
  SseMatcherResult,
  SseMatchers,
  StreamEncryptionExpectation,
  StreamStatus,
  TransitionExpectation,
  TransitionProperty,
} from './types';

/**
 * Every matcher, keyed by name: what `expect.extend` takes.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { matchers } from 'kinesis-sse-harness/matchers';
 * expect.extend(matchers);
 * ```
 */
export const matchers: { readonly [K in keyof SseMatchers<void>]: SseMatcher<Parameters<SseMatchers<void>[K]>> } = {
  toHaveStreamStatus,
  toHaveStreamEncryption,
  toHaveDeliveryStreamStatus,
  toHaveDeliveryStreamEncryption,
  toHaveDeliveryStreamKeyInEffect,
  toHaveEncryptedStreamRecords,
  toHaveEncryptedDeliveryStreamRecords,
  toHaveStayedWithinStreamEncryptionLimits,
  toHaveTransition,
};
