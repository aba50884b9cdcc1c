// Owned by the KMS work: the world's view of KMS keys (inspection and test-side changes, no SDK).
import type { ModelWorld } from '../model/world';

/** Inspecting and changing KMS keys without the SDK. */
export interface KmsView {
  readonly keyCount: number;
}

/** @internal */
export function kmsView(model: ModelWorld, _now: () => number): KmsView {
  return {
    get keyCount() {
      return model.kms.keys.size;
    },
  };
}
