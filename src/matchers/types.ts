/**
 * The types of the matchers: what they take (the same for every test runner), the structural
 * `this` they run with, and the per-runner shapes the `./vitest` and `./jest` entries merge into
 * the runners' own `Matchers` interfaces.
 *
 * No runtime import of vitest, jest or expect: the matchers run on whichever `expect` registers them.
 * The values come from the model's one vocabulary (src/model/vocabulary.ts; the matchers check what a
 * test passes against its lists). The unions below are spelled out only so that TypeScript names them
 * in its messages (`Matchable<DeliveryStreamStatus>`, not the expanded union);
 * spec/model/vocabulary-types.spec.ts fails the typecheck if one differs from the vocabulary.
 */

/**
 * Kinesis `StreamStatus` values.
 *
 * @example
 * ```ts
 * const s: StreamStatus = 'UPDATING';
 * ```
 */
export type StreamStatus = 'CREATING' | 'DELETING' | 'ACTIVE' | 'UPDATING';

/**
 * Kinesis `EncryptionType` values.
 *
 * @example
 * ```ts
 * const e: EncryptionType = 'KMS';
 * ```
 */
export type EncryptionType = 'NONE' | 'KMS';

/**
 * Firehose `DeliveryStreamStatus` values.
 *
 * @example
 * ```ts
 * const s: DeliveryStreamStatus = 'CREATING_FAILED';
 * ```
 */
export type DeliveryStreamStatus = 'CREATING' | 'CREATING_FAILED' | 'DELETING' | 'DELETING_FAILED' | 'ACTIVE';

/**
 * Firehose `DeliveryStreamEncryptionConfiguration.Status` values.
 *
 * @example
 * ```ts
 * const s: DeliveryStreamEncryptionStatus = 'ENABLING_FAILED';
 * ```
 */
export type DeliveryStreamEncryptionStatus = 'ENABLED' | 'ENABLING' | 'ENABLING_FAILED' | 'DISABLED' | 'DISABLING' | 'DISABLING_FAILED';

/**
 * Firehose `KeyType` values.
 *
 * @example
 * ```ts
 * const k: KeyType = 'CUSTOMER_MANAGED_CMK';
 * ```
 */
export type KeyType = 'AWS_OWNED_CMK' | 'CUSTOMER_MANAGED_CMK';

/**
 * The `property` of a trace transition: Kinesis `StreamStatus`, `EncryptionType`, `KeyId`,
 * `RecordEncryption`; Firehose `DeliveryStreamStatus`, `EncryptionStatus`, `KeyInEffect`,
 * `RecordEncryption`; KMS `KeyState`, `KeyCondition`; Kinesis consumers `ConsumerStatus`.
 *
 * @example
 * ```ts
 * const p: TransitionProperty = 'EncryptionStatus';
 * ```
 */
export type TransitionProperty =
  | 'StreamStatus'
  | 'EncryptionType'
  | 'KeyId'
  | 'RecordEncryption'
  | 'DeliveryStreamStatus'
  | 'EncryptionStatus'
  | 'KeyInEffect'
  | 'KeyState'
  | 'KeyCondition'
  | 'ConsumerStatus';

/**
 * Anything with `asymmetricMatch`: `expect.stringMatching(…)`, `expect.any(String)`, … from vitest
 * or jest. Wherever a matcher takes a `Matchable<T>`, it compares with the runner's own `equals`.
 *
 * @example
 * ```ts
 * expect(world).toHaveStreamEncryption('orders', { KeyId: expect.stringMatching(/^alias\//) });
 * ```
 */
export interface AsymmetricMatcherLike {
  asymmetricMatch(other: unknown): boolean;
}

/**
 * A value, or an asymmetric matcher standing for one.
 *
 * @example
 * ```ts
 * const status: Matchable<StreamStatus> = 'ACTIVE';
 * ```
 */
export type Matchable<T> = T | AsymmetricMatcherLike;

/**
 * What `toHaveStreamEncryption` expects. Every member is optional; a member left out is not
 * checked. With no expectation at all, the stream must be encrypted (`EncryptionType: 'KMS'`).
 *
 * @example
 * ```ts
 * const e: StreamEncryptionExpectation = { EncryptionType: 'KMS', KeyId: 'alias/orders' };
 * ```
 */
export interface StreamEncryptionExpectation {
  readonly EncryptionType?: Matchable<EncryptionType>;
  /**
   * The KMS key: the string DescribeStreamSummary reports, or any other of the key's names (key id,
   * key ARN, alias name, alias ARN) that resolves to the same key in the world.
   */
  readonly KeyId?: Matchable<string>;
}

/**
 * What `toHaveDeliveryStreamEncryption` expects of `DeliveryStreamEncryptionConfiguration`. A member
 * left out is not checked; with no expectation at all, `Status` must be `ENABLED`.
 *
 * @example
 * ```ts
 * const e: DeliveryStreamEncryptionExpectation = { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' };
 * ```
 */
export interface DeliveryStreamEncryptionExpectation {
  readonly Status?: Matchable<DeliveryStreamEncryptionStatus>;
  readonly KeyType?: Matchable<KeyType>;
  /** The CMK: the ARN Describe reports, or any name that resolves to the same key in the world. */
  readonly KeyARN?: Matchable<string>;
  readonly FailureDescription?: Matchable<{ readonly Type: string; readonly Details: string }>;
}

/**
 * What `toHaveDeliveryStreamKeyInEffect` expects of the key that actually encrypts a delivery
 * stream's records (which, during ENABLING/DISABLING or after a failure, is not always the one
 * Describe reports). A member left out is not checked.
 *
 * @example
 * ```ts
 * const e: KeyInEffectExpectation = { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' };
 * ```
 */
export interface KeyInEffectExpectation {
  readonly KeyType?: Matchable<KeyType>;
  /** The CMK's ARN, or any name that resolves to the same key in the world. */
  readonly KeyARN?: Matchable<string>;
}

/**
 * Options of `toHaveEncryptedStreamRecords`.
 *
 * @example
 * ```ts
 * const o: EncryptedStreamRecordsOptions = { since: world.now(), KeyId: 'alias/orders' };
 * ```
 */
export interface EncryptedStreamRecordsOptions {
  /** Only records written at or after this virtual time (epoch ms) count. Default: every record. */
  readonly since?: number;
  /** Each of those records must also be encrypted with this key (any of its names). */
  readonly KeyId?: Matchable<string>;
}

/**
 * Options of `toHaveEncryptedDeliveryStreamRecords`.
 *
 * @example
 * ```ts
 * const o: EncryptedDeliveryStreamRecordsOptions = { since: world.now(), KeyType: 'AWS_OWNED_CMK' };
 * ```
 */
export interface EncryptedDeliveryStreamRecordsOptions {
  /** Only records written at or after this virtual time (epoch ms) count. Default: every record. */
  readonly since?: number;
  /** Each of those records must also be encrypted with this key type. */
  readonly KeyType?: Matchable<KeyType>;
  /** Each of those records must also be encrypted with this CMK (any of its names). */
  readonly KeyARN?: Matchable<string>;
}

/**
 * What `toHaveTransition` looks for in the trace. `property` is required; every other member left
 * out is not checked.
 *
 * @example
 * ```ts
 * const t: TransitionExpectation = { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' };
 * ```
 */
export interface TransitionExpectation {
  readonly property: TransitionProperty;
  readonly from?: Matchable<string>;
  readonly to?: Matchable<string>;
  readonly detail?: Matchable<string>;
  /** Which service's resource; needed only when a stream and a delivery stream share a name. */
  readonly service?: 'kinesis' | 'firehose' | 'kms';
  /** Only transitions at or after this virtual time (epoch ms) count. */
  readonly since?: number;
}

/**
 * The matchers, as every runner types them: each takes the world as the received value
 * (`expect(world)`), a stream, delivery stream or key by name or ARN, and what to expect; `R` is the
 * runner's return type (`void`, or `Promise<void>` after `.resolves`).
 *
 * @example
 * ```ts
 * expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
 * expect(world).not.toHaveStreamStatus('orders', 'UPDATING');
 * ```
 */
export interface SseMatchers<R> {
  /**
   * The stream (name or ARN) exists and DescribeStreamSummary reports this `StreamStatus`.
   *
   * @example
   * ```ts
   * expect(world).toHaveStreamStatus('orders', 'ACTIVE');
   * ```
   */
  toHaveStreamStatus(stream: string, status: Matchable<StreamStatus>): R;
  /**
   * The stream exists and its encryption is as expected; with no expectation, it is encrypted
   * (`EncryptionType: 'KMS'`).
   *
   * @example
   * ```ts
   * expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
   * ```
   */
  toHaveStreamEncryption(stream: string, expected?: StreamEncryptionExpectation): R;
  /**
   * The delivery stream exists and DescribeDeliveryStream reports this `DeliveryStreamStatus`.
   *
   * @example
   * ```ts
   * expect(world).toHaveDeliveryStreamStatus('logs', 'ACTIVE');
   * ```
   */
  toHaveDeliveryStreamStatus(deliveryStream: string, status: Matchable<DeliveryStreamStatus>): R;
  /**
   * The delivery stream exists and its `DeliveryStreamEncryptionConfiguration` is as expected; with
   * no expectation, `Status` is `ENABLED`.
   *
   * @example
   * ```ts
   * expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' });
   * ```
   */
  toHaveDeliveryStreamEncryption(deliveryStream: string, expected?: DeliveryStreamEncryptionExpectation): R;
  /**
   * A key actually encrypts the delivery stream's records now, and it is the one expected.
   *
   * @example
   * ```ts
   * expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'AWS_OWNED_CMK' });
   * ```
   */
  toHaveDeliveryStreamKeyInEffect(deliveryStream: string, expected?: KeyInEffectExpectation): R;
  /**
   * At least one record was written to the stream (at or after `since`), and every such record was
   * encrypted (with `KeyId`, when given).
   *
   * @example
   * ```ts
   * expect(world).toHaveEncryptedStreamRecords('orders', { since: activeAt + 5_000 });
   * ```
   */
  toHaveEncryptedStreamRecords(stream: string, options?: EncryptedStreamRecordsOptions): R;
  /**
   * At least one record was written to the delivery stream (at or after `since`), and every such
   * record was encrypted (with that key type / CMK, when given).
   *
   * @example
   * ```ts
   * expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since: enabledAt });
   * ```
   */
  toHaveEncryptedDeliveryStreamRecords(deliveryStream: string, options?: EncryptedDeliveryStreamRecordsOptions): R;
  /**
   * The stream exists and the world never refused a StartStreamEncryption or StopStreamEncryption
   * on it for the rolling-24-hour limits (a LimitExceededException from the model, not an injected fault).
   *
   * @example
   * ```ts
   * expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
   * ```
   */
  toHaveStayedWithinStreamEncryptionLimits(stream: string): R;
  /**
   * The trace holds a transition of this resource (stream, delivery stream or KMS key, by name or
   * ARN; a key also by alias) matching `transition`.
   *
   * @example
   * ```ts
   * expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' });
   * ```
   */
  toHaveTransition(resource: string, transition: TransitionExpectation): R;
}

/**
 * What a matcher used as an asymmetric matcher (`expect.toHaveStreamStatus(…)`) returns, as far as
 * this library relies on it.
 *
 * @example
 * ```ts
 * const m: SseAsymmetricMatcher = expect.toHaveStreamStatus('orders', 'ACTIVE');
 * ```
 */
export interface SseAsymmetricMatcher {
  asymmetricMatch(other: unknown): boolean;
  toString(): string;
}

/**
 * What a matcher returns on `Self`: an assertion's own result type (read from its `toBeDefined`, so
 * `void` normally and `Promise<void>` after `.resolves` or in `expect.poll`), or an asymmetric
 * matcher when called on `expect` itself. `void` when `Self` is unknown: vitest 4 types `.resolves`
 * by inferring the result without a receiver, then wraps it in a Promise.
 *
 * @example
 * ```ts
 * type R = MatcherReturn<{ toBeDefined: () => Promise<void> }>; // Promise<void>
 * ```
 */
export type MatcherReturn<Self> = unknown extends Self ? void : Self extends { toBeDefined: () => infer R } ? R : SseAsymmetricMatcher;

/**
 * The matchers with their return type taken from the object they are called on. Vitest 4 declares
 * `Matchers<T = any>` and vitest 5 `Matchers<R, T>`; TypeScript merges an augmentation only when
 * its type parameters fit every declaration, and the one list that fits both is none. So the
 * `./vitest` entry merges this parameterless interface, and the result type is read from `this`.
 *
 * @example
 * ```ts
 * declare module 'vitest' { interface Matchers extends SelfTypedSseMatchers {} }
 * ```
 */
export type SelfTypedSseMatchers = {
  [K in keyof SseMatchers<void>]: SseMatchers<void>[K] extends (...args: infer A) => void
    ? <Self>(this: Self, ...args: A) => MatcherReturn<Self>
    : never;
};

/**
 * The part of `expect`'s matcher context (`this` inside a matcher) the matchers use. Vitest's and
 * jest's contexts both have it.
 *
 * @example
 * ```ts
 * function toBeWorld(this: SseMatcherContext, received: unknown): SseMatcherResult {
 *   return { pass: received !== null, message: () => `expected ${this.utils.printReceived(received)} to be a world` };
 * }
 * ```
 */
export interface SseMatcherContext {
  readonly isNot?: boolean;
  readonly promise?: string;
  equals(a: unknown, b: unknown): boolean;
  readonly utils: {
    matcherHint(
      matcherName: string,
      received?: string,
      expected?: string,
      options?: { isNot?: boolean; promise?: string; secondArgument?: string; comment?: string },
    ): string;
    printExpected(value: unknown): string;
    printReceived(value: unknown): string;
  };
}

/**
 * What a matcher returns to the runner. `actual`/`expected` let the runner print a diff.
 *
 * @example
 * ```ts
 * const r: SseMatcherResult = { pass: true, message: () => 'ok' };
 * ```
 */
export interface SseMatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/**
 * A raw matcher function, as `expect.extend` takes it.
 *
 * @example
 * ```ts
 * const m: SseMatcher<[stream: string, status: StreamStatus]> = toHaveStreamStatus;
 * ```
 */
export type SseMatcher<A extends readonly unknown[]> = (this: SseMatcherContext, received: unknown, ...args: A) => SseMatcherResult;
