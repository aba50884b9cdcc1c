// Owned by the Firehose model. The world only needs createFirehoseState().

/** The Firehose part of the world. Delivery streams are keyed by their ARN. */
export interface FirehoseState {
  readonly deliveryStreams: Map<string, unknown>;
}

/**
 * An empty {@link FirehoseState}.
 *
 * @example
 * ```ts
 * createFirehoseState();
 * ```
 */
export function createFirehoseState(): FirehoseState {
  return { deliveryStreams: new Map() };
}
