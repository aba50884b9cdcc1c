import type { DeliveryStream } from './state';

/**
 * The map of delivery streams a world keeps (`world.firehose.deliveryStreams`, a `Map` by ARN),
 * which also counts the streams of each region and keeps, per CMK, the streams that may use it
 * (their key being enabled or in effect), so CreateDeliveryStream's quota and the 500-per-CMK
 * admission do not walk every delivery stream. Whatever changes the map keeps the index right; a
 * stream's keys are read when they are needed, after {@link DeliveryStreamIndex.noteKeys} said
 * they may now name a CMK.
 *
 * @example
 * ```ts
 * const streams = new DeliveryStreamIndex();
 * streams.set(stream.arn, stream);
 * streams.countIn('us-east-1'); // 1
 * ```
 */
export class DeliveryStreamIndex extends Map<string, DeliveryStream> {
  readonly #perRegion = new Map<string, number>();
  readonly #byKey = new Map<string, Set<DeliveryStream>>();

  /**
   * An empty map (entries are added with `set`, which the index sees).
   *
   * @example
   * ```ts
   * const streams = new DeliveryStreamIndex();
   * ```
   */
  constructor() {
    super();
  }

  /**
   * Adds or replaces a delivery stream, keeping the index.
   *
   * @example
   * ```ts
   * streams.set(stream.arn, stream);
   * ```
   */
  override set(arn: string, stream: DeliveryStream): this {
    const before = super.get(arn);
    if (before !== undefined) this.#count(before.region, -1);
    super.set(arn, stream);
    this.#count(stream.region, 1);
    this.noteKeys(stream);
    return this;
  }

  /**
   * Removes a delivery stream (the CMK lists forget it when they are next read).
   *
   * @example
   * ```ts
   * streams.delete(stream.arn);
   * ```
   */
  override delete(arn: string): boolean {
    const before = super.get(arn);
    if (before !== undefined) this.#count(before.region, -1);
    return super.delete(arn);
  }

  /**
   * Removes every delivery stream.
   *
   * @example
   * ```ts
   * streams.clear();
   * ```
   */
  override clear(): void {
    super.clear();
    this.#perRegion.clear();
    this.#byKey.clear();
  }

  /**
   * Tells the index a stream's target key or key in effect changed.
   *
   * @example
   * ```ts
   * stream.target = key;
   * streams.noteKeys(stream);
   * ```
   */
  noteKeys(stream: DeliveryStream): void {
    if (super.get(stream.arn) !== stream) return;
    for (const keyArn of [stream.target?.KeyARN, stream.keyInEffect?.KeyARN]) {
      if (keyArn === undefined) continue;
      let set = this.#byKey.get(keyArn);
      if (set === undefined) this.#byKey.set(keyArn, (set = new Set()));
      set.add(stream);
    }
  }

  /**
   * How many delivery streams are in `region`.
   *
   * @example
   * ```ts
   * streams.countIn('us-east-1');
   * ```
   */
  countIn(region: string): number {
    return this.#perRegion.get(region) ?? 0;
  }

  /**
   * The delivery streams whose target key or key in effect is the CMK `keyArn` (read now).
   *
   * @example
   * ```ts
   * streams.referencing(keyArn).length;
   * ```
   */
  referencing(keyArn: string): readonly DeliveryStream[] {
    const set = this.#byKey.get(keyArn);
    if (set === undefined) return [];
    const out: DeliveryStream[] = [];
    for (const s of set) {
      if (super.get(s.arn) !== s || (s.target?.KeyARN !== keyArn && s.keyInEffect?.KeyARN !== keyArn)) set.delete(s);
      else out.push(s);
    }
    if (set.size === 0) this.#byKey.delete(keyArn);
    return out;
  }

  #count(region: string, by: number): void {
    const n = (this.#perRegion.get(region) ?? 0) + by;
    if (n === 0) this.#perRegion.delete(region);
    else this.#perRegion.set(region, n);
  }
}

/**
 * Tells the world's delivery-stream index that a stream's keys changed (nothing for a plain map).
 *
 * @example
 * ```ts
 * noteKeys(world.firehose.deliveryStreams, stream);
 * ```
 */
export function noteKeys(streams: ReadonlyMap<string, DeliveryStream>, stream: DeliveryStream): void {
  if (streams instanceof DeliveryStreamIndex) streams.noteKeys(stream);
}
