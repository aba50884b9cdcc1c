/**
 * KMS options of a world. Every member is optional in `createWorld`; the defaults are documented
 * per member and in docs/kms.md.
 *
 * @example
 * ```ts
 * const world = createWorld({ kms: { behaviour: { currentKeyMaterialId: false } } });
 * ```
 */
export interface KmsOptions {
  /** KMS has no asynchronous transitions with a configurable duration (deletion waits PendingWindowInDays). */
  readonly durations: KmsDurations;
  readonly limits: KmsLimits;
  readonly behaviour: KmsBehaviour;
}

/**
 * Virtual-time durations of KMS transitions. None today: a key scheduled for deletion is deleted
 * exactly `PendingWindowInDays` days after ScheduleKeyDeletion.
 *
 * @example
 * ```ts
 * const durations: KmsDurations = {};
 * ```
 */
export type KmsDurations = Readonly<Record<never, never>>;

/**
 * KMS limits. None modelled today (alias and key quotas are far above what tests reach).
 *
 * @example
 * ```ts
 * const limits: KmsLimits = {};
 * ```
 */
export type KmsLimits = Readonly<Record<never, never>>;

/**
 * What the world does where AWS's behaviour is documented but new, or not documented.
 *
 * @example
 * ```ts
 * const behaviour: Partial<KmsBehaviour> = { currentKeyMaterialId: false };
 * ```
 */
export interface KmsBehaviour {
  /**
   * Whether KeyMetadata of symmetric encryption keys carries `CurrentKeyMaterialId` (64 hex
   * digits). The KMS API reference documents it as "present for symmetric encryption keys with
   * AWS_KMS origin" since the 2025 key-material rotation release [DOC]; older recordings of
   * DescribeKey do not have it. Default `true`.
   */
  readonly currentKeyMaterialId: boolean;
}

/**
 * The KMS defaults.
 *
 * @example
 * ```ts
 * KMS_DEFAULTS.behaviour.currentKeyMaterialId; // true
 * ```
 */
export const KMS_DEFAULTS: KmsOptions = {
  durations: {},
  limits: {},
  behaviour: { currentKeyMaterialId: true },
};
