// Owned by the Firehose work: the world's inspection view of Firehose (no SDK).
import type { ModelWorld } from '../model/world';

/** Inspecting Firehose delivery streams without the SDK. */
export interface FirehoseView {
  readonly deliveryStreamCount: number;
}

/** @internal */
export function firehoseView(model: ModelWorld, _now: () => number): FirehoseView {
  return {
    get deliveryStreamCount() {
      return model.firehose.deliveryStreams.size;
    },
  };
}
