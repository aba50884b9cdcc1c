// Owned by the Kinesis work: the world's inspection view of Kinesis (no SDK).
import type { ModelWorld } from '../model/world';

/** Inspecting Kinesis streams without the SDK. */
export interface KinesisView {
  readonly streamCount: number;
}

/** @internal */
export function kinesisView(model: ModelWorld, _now: () => number): KinesisView {
  return {
    get streamCount() {
      return model.kinesis.streams.size;
    },
  };
}
