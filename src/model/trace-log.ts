import { formatArn } from './arn';
import type { CallEntry, NewTraceEntry, TraceEntry, TransitionEntry } from './trace';

/*
 * The world's trace, kept as the world's options say (all of it, or the latest N entries) and
 * indexed by resource, so that what concerns one stream, delivery stream or key is found without
 * walking (or copying) everything else. Entries are numbered (`seq`) from 0 in the order they were
 * appended; a dropped entry keeps its number's place, so `seq` of a kept entry is its place among
 * every entry ever appended.
 *
 * Which resource an entry concerns:
 * - a transition: its `resource` (an ARN), and also the resource's name (what follows the ARN's
 *   first `/`: a stream's or delivery stream's name, a key id), for lookups by name;
 * - a Kinesis call: the stream its `StreamARN` names, else the stream its `StreamName` names in the
 *   call's region; a Firehose call: the delivery stream its `DeliveryStreamName` names in the call's
 *   region. KMS calls and calls naming no stream are in the trace but under no resource.
 */

/**
 * One resource's entries, oldest first: those before `head` were dropped from the trace. An index
 * holds a resource's only entry as it is, and makes a Bucket at its second (or when it is dropped):
 * most keys of a big world have one entry, and a bucket and its list cost some 150 bytes each.
 */
class Bucket {
  constructor(
    public list: TraceEntry[],
    public head: number,
    /** How many of the resource's entries were dropped, and the time of the latest dropped. */
    public dropped: number,
    public through: number,
  ) {}
}

/** What an index holds for a key: its only entry, or a {@link Bucket}. */
type Slot = Bucket | TraceEntry;

/**
 * How many of a resource's trace entries were dropped, and the virtual time of the latest of them.
 *
 * @example
 * ```ts
 * const d: DroppedEntries = world.traceLog.droppedOf(arn); // { count: 0, through: undefined } when none was
 * ```
 */
export interface DroppedEntries {
  readonly count: number;
  /** The time of the latest dropped entry; undefined when none was dropped. */
  readonly through: number | undefined;
}

/** When more than this share of an array is dropped entries, it is compacted (amortized O(1) per append). */
const COMPACT_AT = 1024;

/**
 * The name part of a resource ARN, as trace lookups by name use it: what follows the first `/` of
 * the ARN's resource (`stream/orders` → `orders`, `key/1234…` → `1234…`); a text that is not an ARN
 * is its own name.
 *
 * @example
 * ```ts
 * traceResourceName('arn:aws:kinesis:us-east-1:123456789012:stream/orders'); // 'orders'
 * ```
 */
export function traceResourceName(nameOrArn: string): string {
  if (!nameOrArn.startsWith('arn:')) return nameOrArn;
  // The resource is what follows the fifth ':' (found without splitting: this runs per transition).
  let at = -1;
  for (let colons = 0; colons < 5; colons++) {
    at = nameOrArn.indexOf(':', at + 1);
    if (at === -1) return '';
  }
  const resource = nameOrArn.slice(at + 1);
  const slash = resource.indexOf('/');
  return slash === -1 ? resource : resource.slice(slash + 1);
}

function stringMember(input: unknown, name: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const v = (input as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * The ARN of the stream or delivery stream a call names, or `undefined` (see the file comment).
 *
 * @example
 * ```ts
 * callResource(entry, '123456789012'); // 'arn:aws:kinesis:us-east-1:123456789012:stream/orders'
 * ```
 */
export function callResource(entry: Pick<CallEntry, 'service' | 'region' | 'input'>, accountId: string): string | undefined {
  if (entry.service === 'kinesis') {
    const arn = stringMember(entry.input, 'StreamARN');
    if (arn !== undefined) return arn;
    const name = stringMember(entry.input, 'StreamName');
    return name === undefined ? undefined : formatArn('kinesis', entry.region, accountId, `stream/${name}`);
  }
  if (entry.service === 'firehose') {
    const name = stringMember(entry.input, 'DeliveryStreamName');
    return name === undefined ? undefined : formatArn('firehose', entry.region, accountId, `deliverystream/${name}`);
  }
  return undefined;
}

/** The three indexes: calls naming a resource, its transitions by ARN, and by name. */
type IndexName = 'calls' | 'transitions' | 'named';

/**
 * A world's trace: the entries kept (all, or the latest `limit`), how many were dropped, and an
 * index by resource. Appending costs O(1) amortized; looking up a resource costs what it returns.
 *
 * @example
 * ```ts
 * const log: TraceLog = world.traceLog;
 * log.transitionsOf('arn:aws:kinesis:us-east-1:123456789012:stream/orders').length;
 * ```
 */
export class TraceLog {
  readonly #accountId: string;
  readonly #limit: number;
  /** Kept entries are `#buf[#head…]`. */
  #buf: TraceEntry[] = [];
  #head = 0;
  #total = 0;
  #start: number | undefined;
  #droppedThrough: number | undefined;
  // One map per index, keyed by the ARN (or name) itself: no key string is built per entry.
  readonly #index: Readonly<Record<IndexName, Map<string, Slot>>> = { calls: new Map(), transitions: new Map(), named: new Map() };

  /**
   * An empty trace of a world of account `accountId`, keeping at most the latest `limit` entries
   * (`Infinity`: all).
   *
   * @example
   * ```ts
   * const log = new TraceLog('123456789012', Infinity);
   * ```
   */
  constructor(accountId: string, limit: number) {
    this.#accountId = accountId;
    this.#limit = limit;
  }

  /**
   * How many entries are kept at most (`Infinity`: all).
   *
   * @example
   * ```ts
   * log.limit; // 10000
   * ```
   */
  get limit(): number {
    return this.#limit;
  }

  /**
   * How many entries were ever appended (the `seq` the next one gets).
   *
   * @example
   * ```ts
   * const mark = log.total; // later: log.slice(mark) is what happened since
   * ```
   */
  get total(): number {
    return this.#total;
  }

  /**
   * How many entries are kept.
   *
   * @example
   * ```ts
   * log.length <= log.limit; // true
   * ```
   */
  get length(): number {
    return this.#buf.length - this.#head;
  }

  /**
   * How many of the earliest entries were dropped (to keep `limit`).
   *
   * @example
   * ```ts
   * log.dropped; // 0 while the trace holds no more than its limit
   * ```
   */
  get dropped(): number {
    return this.#total - this.length;
  }

  /**
   * The `seq` of the first entry kept (`total` when none is).
   *
   * @example
   * ```ts
   * log.firstSeq === log.dropped; // true
   * ```
   */
  get firstSeq(): number {
    return this.dropped;
  }

  /**
   * The virtual time of the first entry ever appended (kept or dropped), or `undefined` when none
   * was: the instant relative times count from, which drops do not move.
   *
   * @example
   * ```ts
   * log.start; // e.g. Date.UTC(2026, 0, 1)
   * ```
   */
  get start(): number | undefined {
    return this.#start;
  }

  /**
   * The kept entries in order (a live array: it changes as the world answers calls).
   *
   * @example
   * ```ts
   * log.entries.filter((e) => e.kind === 'transition');
   * ```
   */
  get entries(): readonly TraceEntry[] {
    if (this.#head > 0) {
      this.#buf.splice(0, this.#head);
      this.#head = 0;
    }
    return this.#buf;
  }

  /**
   * Numbers an entry (`seq`), appends it, indexes it and drops the earliest entry when the trace
   * is over its limit. Returns the entry numbered (the object kept: a call's `output` or `error`
   * may still be set on it).
   *
   * @example
   * ```ts
   * const e = log.append({ kind: 'transition', time: now, service: 'kms', resource: key.arn, property: 'KeyState', from: 'Enabled', to: 'Disabled' });
   * e.seq; // its number
   * ```
   */
  append<E extends TraceEntry = TraceEntry>(entry: NewTraceEntry | E): E {
    const numbered = entry as E & { seq: number };
    numbered.seq = this.#total++;
    if (this.#start === undefined) this.#start = numbered.time;
    this.#buf.push(numbered);
    this.#reindex(numbered, TraceLog.#file);
    if (this.length > this.#limit) this.#drop(this.length - this.#limit);
    return numbered;
  }

  /**
   * The kept entries whose `seq` is in `[from, to)`, in order (a copy). Entries before `firstSeq`
   * were dropped and are not in it.
   *
   * @example
   * ```ts
   * const mark = log.total;
   * // … calls …
   * log.slice(mark); // what happened since the mark
   * ```
   */
  slice(from = 0, to = this.#total): TraceEntry[] {
    const first = this.firstSeq;
    const a = Math.max(from, first) - first + this.#head;
    const b = Math.min(to, this.#total) - first + this.#head;
    return a >= b ? [] : this.#buf.slice(a, b);
  }

  /**
   * The kept entry numbered `seq`, or `undefined` (dropped, or not appended yet).
   *
   * @example
   * ```ts
   * log.at(log.total - 1); // the latest entry
   * ```
   */
  at(seq: number): TraceEntry | undefined {
    if (!Number.isInteger(seq) || seq < this.firstSeq || seq >= this.#total) return undefined;
    return this.#buf[seq - this.firstSeq + this.#head];
  }

  /**
   * The kept transitions of a resource, by ARN, or by name (any resource of that name: a stream,
   * delivery stream, or a key by key id), with `seq` below `before` when given; in order (a copy).
   *
   * @example
   * ```ts
   * log.transitionsOf('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
   * log.transitionsOf('orders');
   * ```
   */
  transitionsOf(resource: string, before?: number): TransitionEntry[] {
    return this.#kept(resource.startsWith('arn:') ? 'transitions' : 'named', resource, before) as TransitionEntry[];
  }

  /**
   * The kept calls naming the stream or delivery stream of that ARN (see the file comment), with
   * `seq` below `before` when given; in order (a copy).
   *
   * @example
   * ```ts
   * log.callsOf('arn:aws:kinesis:us-east-1:123456789012:stream/orders').length;
   * ```
   */
  callsOf(arn: string, before?: number): CallEntry[] {
    return this.#kept('calls', arn, before) as CallEntry[];
  }

  /**
   * The kept calls naming the resource of that ARN in another region than the ARN's (a client built
   * for another region), with `seq` below `before` when given; in order (a copy). Costs the number
   * of resources the trace names, not its length.
   *
   * @example
   * ```ts
   * log.callsElsewhere('arn:aws:kinesis:us-east-1:123456789012:stream/orders').map((e) => e.region); // ['eu-west-1']
   * ```
   */
  callsElsewhere(arn: string, before?: number): CallEntry[] {
    const parts = arn.split(':');
    if (parts.length < 6) return [];
    const out: CallEntry[] = [];
    for (const key of this.#index.calls.keys()) {
      if (key === arn) continue;
      const k = key.split(':');
      if (k.length === parts.length && k[3] !== parts[3] && k.every((p, i) => i === 3 || p === parts[i])) out.push(...(this.#kept('calls', key, before) as CallEntry[]));
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  /**
   * The kept entries of the resource of that ARN: its transitions and the calls naming it, in order
   * (a copy), with `seq` below `before` when given.
   *
   * @example
   * ```ts
   * log.forResource('arn:aws:kinesis:us-east-1:123456789012:stream/orders');
   * ```
   */
  forResource(arn: string, before?: number): TraceEntry[] {
    const calls = this.#kept('calls', arn, before);
    const transitions = this.#kept('transitions', arn, before);
    if (calls.length === 0) return transitions;
    if (transitions.length === 0) return calls;
    const out: TraceEntry[] = [];
    let i = 0;
    let j = 0;
    while (i < calls.length || j < transitions.length) {
      if (j >= transitions.length || (i < calls.length && calls[i]!.seq < transitions[j]!.seq)) out.push(calls[i++]!);
      else out.push(transitions[j++]!);
    }
    return out;
  }

  /**
   * How many entries of the resource of that ARN (its transitions and the calls naming it) were
   * dropped, and the time of the latest of them.
   *
   * @example
   * ```ts
   * log.droppedOf(arn).count; // 0 unless the trace is bounded and the stream's early entries were dropped
   * ```
   */
  droppedOf(arn: string): DroppedEntries {
    let count = 0;
    let through: number | undefined;
    for (const index of ['calls', 'transitions'] as const) {
      const b = this.#index[index].get(arn);
      if (!(b instanceof Bucket) || b.dropped === 0) continue;
      count += b.dropped;
      through = through === undefined ? b.through : Math.max(through, b.through);
    }
    return { count, through };
  }

  /**
   * The virtual time of the latest dropped entry, or `undefined` when none was dropped.
   *
   * @example
   * ```ts
   * log.droppedThrough; // entries at or before this time may be missing
   * ```
   */
  get droppedThrough(): number | undefined {
    return this.#droppedThrough;
  }

  /**
   * A line saying how many entries were dropped and by which option, or `undefined` when none was:
   * `(12,345 earlier trace entries dropped by retain.traceEntries = 10000)`.
   *
   * @example
   * ```ts
   * log.droppedNote(); // undefined, or '(12,345 earlier trace entries dropped by retain.traceEntries = 10000)'
   * ```
   */
  droppedNote(): string | undefined {
    const n = this.dropped;
    if (n === 0) return undefined;
    return `(${n.toLocaleString('en-US')} earlier trace entr${n === 1 ? 'y' : 'ies'} dropped by retain.traceEntries = ${this.#limit})`;
  }

  /**
   * Applies `op` (file or unfile) to the entry under each index and key it belongs to: transitions
   * by ARN and by name, calls by the resource they name. `op` is a static method, so no function is
   * made per entry (this runs on every call, and on every drop of a bounded trace).
   */
  #reindex(entry: TraceEntry, op: (map: Map<string, Slot>, key: string, entry: TraceEntry) => void): void {
    if (entry.kind === 'transition') {
      op(this.#index.transitions, entry.resource, entry);
      op(this.#index.named, traceResourceName(entry.resource), entry);
      return;
    }
    const arn = callResource(entry, this.#accountId);
    if (arn !== undefined) op(this.#index.calls, arn, entry);
  }

  /** Adds `entry` under `key` in `map`: as it is when it is the key's first, else to the key's bucket. */
  static #file(map: Map<string, Slot>, key: string, entry: TraceEntry): void {
    const slot = map.get(key);
    if (slot === undefined) map.set(key, entry);
    else if (slot instanceof Bucket) slot.list.push(entry);
    else map.set(key, new Bucket([slot, entry], 0, 0, 0));
  }

  /** Takes the dropped `entry` (the earliest kept of its key) out from under `key` in `map`. */
  static #unfile(map: Map<string, Slot>, key: string, entry: TraceEntry): void {
    const slot = map.get(key);
    if (slot === undefined) return;
    if (!(slot instanceof Bucket)) {
      if (slot === entry) map.set(key, new Bucket([], 0, 1, entry.time));
      return;
    }
    const b = slot;
    (b.list as (TraceEntry | undefined)[])[b.head++] = undefined;
    b.dropped++;
    b.through = entry.time;
    if (b.head === b.list.length) {
      b.list = [];
      b.head = 0;
    } else if (b.head >= COMPACT_AT && b.head * 2 >= b.list.length) {
      b.list.splice(0, b.head);
      b.head = 0;
    }
  }

  #kept(index: IndexName, key: string, before: number | undefined): TraceEntry[] {
    const b = this.#index[index].get(key);
    if (b === undefined) return [];
    if (!(b instanceof Bucket)) return before !== undefined && b.seq >= before ? [] : [b];
    let end = b.list.length;
    if (before !== undefined) while (end > b.head && b.list[end - 1]!.seq >= before) end--;
    return b.list.slice(b.head, end);
  }

  /** Drops the `n` earliest kept entries, from the trace and from the index. */
  #drop(n: number): void {
    for (let i = 0; i < n; i++) {
      const e = this.#buf[this.#head + i]!;
      this.#reindex(e, TraceLog.#unfile);
      this.#droppedThrough = e.time;
      (this.#buf as (TraceEntry | undefined)[])[this.#head + i] = undefined;
    }
    this.#head += n;
    if (this.#head >= COMPACT_AT && this.#head * 2 >= this.#buf.length) {
      this.#buf.splice(0, this.#head);
      this.#head = 0;
    }
  }
}
