import type { Duration } from '../duration';

/**
 * Firehose options of a world (durations, limits, behaviours graded inferred or unknown).
 * Owned by the Firehose model; every member is optional in createWorld.
 */
export interface FirehoseOptions {
  readonly durations: FirehoseDurations;
  readonly limits: FirehoseLimits;
  readonly behaviour: FirehoseBehaviour;
}

/** Virtual-time durations of Firehose transitions. */
export interface FirehoseDurations {
  /** CREATING → ACTIVE. Default 30 000 ms. */
  readonly creating: Duration;
}

/** Firehose limits. */
export interface FirehoseLimits {
  /** Start+Stop calls per delivery stream per rolling 24 hours. Default 25. [DOC] */
  readonly startStopPer24h: number;
}

/** Firehose behaviours graded inferred or unknown. */
export interface FirehoseBehaviour {
  readonly placeholder?: never;
}

/** The defaults of {@link FirehoseOptions}. */
export const FIREHOSE_DEFAULTS: FirehoseOptions = {
  durations: { creating: 30_000 },
  limits: { startStopPer24h: 25 },
  behaviour: {},
};
