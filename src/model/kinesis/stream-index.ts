import { openShardCount } from './shards';
import type { KinesisStream } from './state';

/**
 * The map of Kinesis streams a world keeps (`world.kinesis.streams`, a `Map` by ARN), which also
 * keeps, per region and account, the streams sorted by name, their open shards and the streams
 * that may be CREATING or DELETING, so ListStreams pages and CreateStream's limits do not walk
 * every stream. Whatever changes the map (the model, or a test writing to it directly) keeps the
 * index right; a stream's status is read when it is needed, after {@link StreamIndex.noteStatus}
 * said it may have become transient.
 *
 * @example
 * ```ts
 * const streams = new StreamIndex();
 * streams.set(stream.arn, stream);
 * streams.sortedIn('us-east-1', stream.account); // [stream]
 * ```
 */
export class StreamIndex extends Map<string, KinesisStream> {
  readonly #sorted = new Map<string, KinesisStream[]>();
  readonly #shards = new Map<string, number>();
  /** The open shards each stream was last counted with. */
  readonly #counted = new WeakMap<KinesisStream, number>();
  readonly #maybeTransient = new Map<string, Set<KinesisStream>>();

  /**
   * An empty map (entries are added with `set`, which the index sees).
   *
   * @example
   * ```ts
   * const streams = new StreamIndex();
   * ```
   */
  constructor() {
    super();
  }

  /**
   * Adds or replaces a stream, keeping the index of its region and account.
   *
   * @example
   * ```ts
   * streams.set(stream.arn, stream);
   * ```
   */
  override set(arn: string, stream: KinesisStream): this {
    const before = super.get(arn);
    if (before !== undefined) this.#unlink(before);
    super.set(arn, stream);
    const scope = scopeOf(stream.region, stream.account);
    let sorted = this.#sorted.get(scope);
    if (sorted === undefined) this.#sorted.set(scope, (sorted = []));
    sorted.splice(firstAfter(sorted, stream.name, true), 0, stream);
    const open = openShardCount(stream);
    this.#counted.set(stream, open);
    this.#shards.set(scope, (this.#shards.get(scope) ?? 0) + open);
    this.noteStatus(stream);
    return this;
  }

  /**
   * Removes a stream and its place in the index.
   *
   * @example
   * ```ts
   * streams.delete(stream.arn);
   * ```
   */
  override delete(arn: string): boolean {
    const before = super.get(arn);
    if (before !== undefined) this.#unlink(before);
    return super.delete(arn);
  }

  /**
   * Removes every stream.
   *
   * @example
   * ```ts
   * streams.clear();
   * ```
   */
  override clear(): void {
    super.clear();
    this.#sorted.clear();
    this.#shards.clear();
    this.#maybeTransient.clear();
  }

  /**
   * Tells the index a stream's status changed: a stream now CREATING or DELETING is counted by
   * {@link StreamIndex.transientIn} until it is not.
   *
   * @example
   * ```ts
   * stream.status = 'DELETING';
   * streams.noteStatus(stream);
   * ```
   */
  noteStatus(stream: KinesisStream): void {
    if (!isTransient(stream) || super.get(stream.arn) !== stream) return;
    const scope = scopeOf(stream.region, stream.account);
    let set = this.#maybeTransient.get(scope);
    if (set === undefined) this.#maybeTransient.set(scope, (set = new Set()));
    set.add(stream);
  }

  /**
   * The streams of a region and account, sorted by name (the index's own array: do not change it).
   *
   * @example
   * ```ts
   * streams.sortedIn('us-east-1', '123456789012').map((s) => s.name);
   * ```
   */
  sortedIn(region: string, account: string): readonly KinesisStream[] {
    return this.#sorted.get(scopeOf(region, account)) ?? [];
  }

  /**
   * The shards of every stream of a region and account.
   *
   * @example
   * ```ts
   * streams.shardsIn('us-east-1', '123456789012'); // 0 in an empty world
   * ```
   */
  shardsIn(region: string, account: string): number {
    return this.#shards.get(scopeOf(region, account)) ?? 0;
  }

  /**
   * Counts a stream's open shards again, after resharding changed them.
   *
   * @example
   * ```ts
   * streams.noteShards(stream);
   * ```
   */
  noteShards(stream: KinesisStream): void {
    if (super.get(stream.arn) !== stream) return;
    const scope = scopeOf(stream.region, stream.account);
    const open = openShardCount(stream);
    this.#shards.set(scope, (this.#shards.get(scope) ?? 0) + open - (this.#counted.get(stream) ?? 0));
    this.#counted.set(stream, open);
  }

  /**
   * How many streams of a region and account are CREATING or DELETING, counting at most up to
   * `atMost` (enough to compare with a limit).
   *
   * @example
   * ```ts
   * streams.transientIn('us-east-1', '123456789012', 5);
   * ```
   */
  transientIn(region: string, account: string, atMost: number): number {
    const set = this.#maybeTransient.get(scopeOf(region, account));
    if (set === undefined) return 0;
    let n = 0;
    for (const s of set) {
      if (!isTransient(s) || super.get(s.arn) !== s) set.delete(s);
      else if (++n >= atMost) break;
    }
    return n;
  }

  #unlink(stream: KinesisStream): void {
    const scope = scopeOf(stream.region, stream.account);
    const sorted = this.#sorted.get(scope);
    if (sorted !== undefined) {
      const at = sorted.indexOf(stream, firstAfter(sorted, stream.name, true));
      if (at >= 0) sorted.splice(at, 1);
    }
    this.#shards.set(scope, (this.#shards.get(scope) ?? 0) - (this.#counted.get(stream) ?? 0));
    this.#counted.delete(stream);
    this.#maybeTransient.get(scope)?.delete(stream);
  }
}

function scopeOf(region: string, account: string): string {
  return `${region} ${account}`;
}

function isTransient(stream: KinesisStream): boolean {
  return stream.status === 'CREATING' || stream.status === 'DELETING';
}

/**
 * The index of the first stream whose name is after `name` (or at it, when `orEqual`), in a list
 * sorted by name.
 *
 * @example
 * ```ts
 * firstAfter(sorted, 'orders', false);
 * ```
 */
export function firstAfter(sorted: readonly KinesisStream[], name: string, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const n = sorted[mid]!.name;
    if (n > name || (orEqual && n === name)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
