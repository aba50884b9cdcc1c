import { base64Encode } from './bytes';
import { createRng, deriveSeed, RNG_STEP, rngWord, uuid, type Rng } from './rng';
import type { ModelWorld } from './world';

const requestIdRngs = new WeakMap<ModelWorld, Rng>();

/**
 * The next request id of `world` (the `x-amzn-RequestId` of an answer, the SDK's
 * `$metadata.requestId`): a version-4 UUID drawn from a stream seeded from the world's seed and kept
 * apart from the model's own draws, so the same seed and calls give the same ids, whichever binding
 * (send-level stub or transport) answered them. Both bindings draw from this one stream.
 *
 * @example
 * ```ts
 * const id = nextRequestId(world.model); // e.g. '3f0c…-4…'
 * ```
 */
export function nextRequestId(world: ModelWorld): string {
  let rng = requestIdRngs.get(world);
  if (rng === undefined) {
    rng = createRng(deriveSeed(world.seed, 'request-ids'));
    requestIdRngs.set(world, rng);
  }
  return uuid(rng);
}

/** The 76 bytes of an `x-amz-id-2`, reused: each is encoded before the next is drawn. */
const ID2_BYTES = new Uint8Array(76);

/**
 * The `x-amz-id-2` Kinesis sends beside a request id (the SDK's `$metadata.extendedRequestId`): as
 * AWS's, the base64 of 76 bytes; derived from the request id, so it draws nothing from the world.
 *
 * @example
 * ```ts
 * extendedRequestId('6f1c2d3e-0000-4000-8000-000000000000').length; // 104
 * ```
 */
export function extendedRequestId(requestId: string): string {
  // createRng(deriveSeed(0, requestId)) drawn 19 times, without making an Rng per call.
  let state = deriveSeed(0, requestId);
  const bytes = ID2_BYTES;
  for (let i = 0; i < bytes.length; i += 4) {
    state = (state + RNG_STEP) >>> 0;
    const word = rngWord(state);
    bytes[i] = word >>> 24;
    bytes[i + 1] = (word >>> 16) & 255;
    bytes[i + 2] = (word >>> 8) & 255;
    bytes[i + 3] = word & 255;
  }
  return base64Encode(bytes);
}
