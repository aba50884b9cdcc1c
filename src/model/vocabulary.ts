/**
 * The words the world speaks, declared once: AWS's enum values the model reports (statuses,
 * encryption types, key states), the `property` and `kind` of trace entries, the names of the
 * transitions fault plans can slow or fail, and the world's option names. Every type below is
 * derived from its list, and the model, the matchers and the fast-check entry import the lists
 * instead of restating them, so a value added here is known everywhere at once.
 */

/**
 * The three services the world models.
 *
 * @example
 * ```ts
 * SERVICES.includes('kms'); // true
 * ```
 */
export const SERVICES = ['kinesis', 'firehose', 'kms'] as const;

/**
 * Kinesis `StreamStatus` values.
 *
 * @example
 * ```ts
 * STREAM_STATUSES.includes('UPDATING'); // true
 * ```
 */
export const STREAM_STATUSES = ['CREATING', 'DELETING', 'ACTIVE', 'UPDATING'] as const;

/**
 * Kinesis `EncryptionType` values.
 *
 * @example
 * ```ts
 * ENCRYPTION_TYPES.includes('KMS'); // true
 * ```
 */
export const ENCRYPTION_TYPES = ['NONE', 'KMS'] as const;

/**
 * Firehose `DeliveryStreamStatus` values.
 *
 * @example
 * ```ts
 * DELIVERY_STREAM_STATUSES.includes('CREATING_FAILED'); // true
 * ```
 */
export const DELIVERY_STREAM_STATUSES = ['CREATING', 'CREATING_FAILED', 'DELETING', 'DELETING_FAILED', 'ACTIVE'] as const;

/**
 * Firehose `DeliveryStreamEncryptionConfiguration.Status` values.
 *
 * @example
 * ```ts
 * DELIVERY_STREAM_ENCRYPTION_STATUSES.includes('ENABLING_FAILED'); // true
 * ```
 */
export const DELIVERY_STREAM_ENCRYPTION_STATUSES = ['ENABLED', 'ENABLING', 'ENABLING_FAILED', 'DISABLED', 'DISABLING', 'DISABLING_FAILED'] as const;

/**
 * Firehose `KeyType` values.
 *
 * @example
 * ```ts
 * FIREHOSE_KEY_TYPES.includes('AWS_OWNED_CMK'); // true
 * ```
 */
export const FIREHOSE_KEY_TYPES = ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'] as const;

/**
 * The KMS key states the world models (see `KeyState`).
 *
 * @example
 * ```ts
 * KEY_STATES.includes('PendingDeletion'); // true
 * ```
 */
export const KEY_STATES = ['Enabled', 'Disabled', 'PendingDeletion'] as const;

/**
 * The conditions a test can switch on per KMS key (see `KeyCondition`), in a stable order.
 *
 * @example
 * ```ts
 * KEY_CONDITIONS.includes('throttled'); // true
 * ```
 */
export const KEY_CONDITIONS = ['access-denied', 'opt-in-required', 'throttled', 'grant-revoked'] as const;

/**
 * The `property` of every transition the world records: Kinesis `StreamStatus`, `EncryptionType`,
 * `KeyId`, `RecordEncryption`; Firehose `DeliveryStreamStatus`, `EncryptionStatus`, `KeyInEffect`,
 * `RecordEncryption`; KMS `KeyState` and `KeyCondition`; Kinesis consumers `ConsumerStatus` (resource: the consumer ARN).
 *
 * @example
 * ```ts
 * TRANSITION_PROPERTIES.includes('KeyCondition'); // true
 * ```
 */
export const TRANSITION_PROPERTIES = [
  'StreamStatus',
  'EncryptionType',
  'KeyId',
  'RecordEncryption',
  'DeliveryStreamStatus',
  'EncryptionStatus',
  'KeyInEffect',
  'KeyState',
  'KeyCondition',
  'ConsumerStatus',
] as const;

/**
 * The kinds of trace entry: a call the world answered, a transition of a resource.
 *
 * @example
 * ```ts
 * TRACE_ENTRY_KINDS; // ['call', 'transition']
 * ```
 */
export const TRACE_ENTRY_KINDS = ['call', 'transition'] as const;

/**
 * What answered a call entry the world's rules did not (its `answeredBy`): `override`, a behaviour
 * the test set on the stub (`stub.on(X).rejectsOnce(...)`, `.resolves(...)`, `.callsFake(...)`);
 * `unmodelled`, the harness refusing a command the world does not model (`UnmodelledCommandError`).
 *
 * @example
 * ```ts
 * world.trace.filter((e) => e.kind === 'call' && e.answeredBy === 'override');
 * ```
 */
export const CALL_ANSWERERS = ['override', 'unmodelled'] as const;

/**
 * The asynchronous transitions the world plans (their durations drawn through `planTransition`,
 * so fault plans can slow or fail them).
 *
 * @example
 * ```ts
 * TRANSITION_KINDS.includes('encryption-enabling'); // true
 * ```
 */
export const TRANSITION_KINDS = [
  'stream-creating',
  'stream-updating',
  'stream-deleting',
  'encryption-lag',
  'stream-resharding',
  'consumer-creating',
  'consumer-deleting',
  'delivery-stream-creating',
  'delivery-stream-deleting',
  'encryption-enabling',
  'encryption-disabling',
  'firehose-encryption-lag',
] as const;

/**
 * The names of the world's options (`createWorld(options)`, a scenario's `world`).
 *
 * @example
 * ```ts
 * WORLD_OPTION_NAMES.includes('seed'); // true
 * ```
 */
export const WORLD_OPTION_NAMES = ['accountId', 'region', 'seed', 'kinesis', 'firehose', 'kms', 'retain'] as const;

/**
 * A transition's `property` (one of {@link TRANSITION_PROPERTIES}).
 *
 * @example
 * ```ts
 * const p: TransitionProperty = 'KeyCondition';
 * ```
 */
export type TransitionProperty = (typeof TRANSITION_PROPERTIES)[number];

/**
 * A trace entry's `kind` (one of {@link TRACE_ENTRY_KINDS}).
 *
 * @example
 * ```ts
 * const k: TraceEntryKind = 'transition';
 * ```
 */
export type TraceEntryKind = (typeof TRACE_ENTRY_KINDS)[number];

/**
 * Who answered a call outside the world's rules (one of {@link CALL_ANSWERERS}).
 *
 * @example
 * ```ts
 * const a: CallAnswerer = 'override';
 * ```
 */
export type CallAnswerer = (typeof CALL_ANSWERERS)[number];

/**
 * A planned transition's kind (one of {@link TRANSITION_KINDS}).
 *
 * @example
 * ```ts
 * const k: TransitionKind = 'stream-updating';
 * ```
 */
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/**
 * A world option's name (one of {@link WORLD_OPTION_NAMES}).
 *
 * @example
 * ```ts
 * const n: WorldOptionName = 'region';
 * ```
 */
export type WorldOptionName = (typeof WORLD_OPTION_NAMES)[number];
