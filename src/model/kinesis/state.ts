// Owned by the Kinesis model. The world only needs createKinesisState().

/** The Kinesis Data Streams part of the world. Streams are keyed by their ARN. */
export interface KinesisState {
  readonly streams: Map<string, unknown>;
}

/**
 * An empty {@link KinesisState}.
 *
 * @example
 * ```ts
 * createKinesisState();
 * ```
 */
export function createKinesisState(): KinesisState {
  return { streams: new Map() };
}
