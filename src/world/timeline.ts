import type { CallEntry, TraceEntry, TransitionEntry } from '../model/trace';
import { TracedBytes } from '../model/trace-copy';

/**
 * Options of {@link formatTimeline}.
 *
 * @example
 * ```ts
 * const options: TimelineOptions = { start: Date.UTC(2026, 0, 1), width: 200 };
 * ```
 */
export interface TimelineOptions {
  /** The virtual time (epoch ms) shown as `+0.000s`. Default: the first entry's time. */
  readonly start?: number;
  /**
   * Maximum characters of a rendered input or answer: members that do not fit are left out whole and
   * counted (`… 3 more members`), an error message is cut between words with `…`. Default 200.
   */
  readonly width?: number;
  /** Show at most this many entries (the last ones) and say how many were left out. Default: all. */
  readonly last?: number;
  /**
   * Show calls and answers in full. Default false: a Describe answer shows only its status and
   * encryption members (`StreamStatus`, `EncryptionType`, `KeyId`; `DeliveryStreamStatus`,
   * `DeliveryStreamEncryptionConfiguration`; `KeyId`, `KeyState`, `KeyManager`), which is what an
   * SSE timeline is about. Values (an ARN too) are shown as they are, in calls and in transitions;
   * a transition names its resource by the ARN's resource part (`kinesis stream/orders`).
   */
  readonly full?: boolean;
  /** The world's region: a call that went to another region shows where (`[eu-west-1]`). Default: none shown. */
  readonly region?: string;
}

const SUMMARIES: Readonly<Record<string, readonly string[]>> = {
  StreamDescription: ['StreamStatus', 'EncryptionType', 'KeyId'],
  StreamDescriptionSummary: ['StreamStatus', 'EncryptionType', 'KeyId'],
  DeliveryStreamDescription: ['DeliveryStreamStatus', 'DeliveryStreamEncryptionConfiguration'],
  KeyMetadata: ['KeyId', 'KeyState', 'KeyManager'],
};

/** A Describe answer cut down to the members an SSE timeline is about; other answers as they are. */
function summarize(output: unknown): unknown {
  if (output === null || typeof output !== 'object' || Array.isArray(output)) return output;
  const entries = Object.entries(output as Record<string, unknown>);
  if (entries.length !== 1) return output;
  const [name, inner] = entries[0]!;
  const keep = SUMMARIES[name];
  if (keep === undefined || inner === null || typeof inner !== 'object') return output;
  const picked: Record<string, unknown> = {};
  for (const k of keep) {
    const v = (inner as Record<string, unknown>)[k];
    if (v !== undefined) picked[k] = k === 'DeliveryStreamEncryptionConfiguration' ? statusFirst(v) : v;
  }
  return { [name]: picked };
}

/** An encryption configuration with Status first and the long KeyARN last, so a cut line keeps what matters. */
function statusFirst(config: unknown): unknown {
  if (config === null || typeof config !== 'object') return config;
  const c = config as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of ['Status', 'KeyType', 'FailureDescription']) if (c[k] !== undefined) out[k] = c[k];
  for (const [k, v] of Object.entries(c)) if (!(k in out)) out[k] = v;
  return out;
}

/**
 * A virtual-time offset as timelines show it: seconds below a minute (`+5.000s`, `-0.250s`), then
 * minutes and hours (`+1m05.000s`, `+22h00m59.500s`); a fraction of a millisecond is kept
 * (`+0.000500s`).
 *
 * @example
 * ```ts
 * formatOffset(12_500); // '+12.500s'
 * formatOffset(79_259_500); // '+22h00m59.500s'
 * ```
 */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(ms);
  const whole = Math.floor(abs);
  const sub = abs - whole;
  const s = Math.floor(whole / 1000) % 60;
  const m = Math.floor(whole / 60_000) % 60;
  const h = Math.floor(whole / 3_600_000);
  const milli = String(whole % 1000).padStart(3, '0');
  const extra = sub > 0 ? sub.toFixed(3).slice(2).replace(/0+$/, '') : '';
  const secs = `${h > 0 || m > 0 ? String(s).padStart(2, '0') : s}.${milli}${extra}s`;
  if (h > 0) return `${sign}${h}h${String(m).padStart(2, '0')}m${secs}`;
  if (m > 0) return `${sign}${m}m${secs}`;
  return `${sign}${secs}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Options of {@link renderValue}.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { width: 80 };
 * ```
 */
export interface RenderOptions {
  /** Show an ARN as its resource (`arn:aws:kms:…:key/1234…` → `key/1234…`). Default false: values are shown as they are. */
  readonly shortArns?: boolean;
  /**
   * At most this many characters: members (and list items) that do not fit are left out whole, and
   * the text says how many (`… 3 more members`); nothing is cut mid-token. Default: no limit.
   */
  readonly width?: number;
}

/**
 * Renders a value compactly, JavaScript-like: `{StreamName: "s", KeyId: "alias/x"}`, byte arrays as
 * `<5 bytes>`, `undefined` members left out. With a `width`, members that do not fit are left out
 * whole and counted (`{StreamName: "s", … 2 more members}`).
 *
 * @example
 * ```ts
 * renderValue({ StreamName: 's', Data: new Uint8Array(3) }); // '{StreamName: "s", Data: <3 bytes>}'
 * renderValue({ A: 'aaaa', B: 'bbbb', C: 'cccc' }, { width: 30 }); // '{A: "aaaa", … 2 more members}'
 * ```
 */
export function renderValue(value: unknown, options: RenderOptions = {}): string {
  return render(value, options.shortArns === true, options.width ?? Number.POSITIVE_INFINITY);
}

function render(value: unknown, short: boolean, budget: number): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(short ? shortResource(value) : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array || value instanceof TracedBytes) return `<${value.byteLength} bytes>`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  if (Array.isArray(value)) {
    return bounded('[', ']', value.map((v) => ['', v] as const), short, budget, 'item');
  }
  if (typeof value === 'object') {
    const members: (readonly [string, unknown])[] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined || k === '$metadata') continue;
      members.push([`${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: `, v]);
    }
    return bounded('{', '}', members, short, budget, 'member');
  }
  return String(value);
}

/**
 * A list of members within `budget` characters: whole members only, in order, skipping any that
 * does not fit (an object member gets the room left and may itself leave members out), then
 * `… N more members` for those left out.
 */
function bounded(open: string, close: string, members: readonly (readonly [string, unknown])[], short: boolean, budget: number, noun: string): string {
  // When every member fits, no room needs keeping for a note.
  const all: string[] = [];
  let length = open.length + close.length;
  for (const [label, v] of members) {
    const room = budget - length - (all.length > 0 ? 2 : 0) - label.length;
    const text = room > 0 ? render(v, short, room) : undefined;
    if (text === undefined || text.length > room) break;
    all.push(label + text);
    length += (all.length > 1 ? 2 : 0) + label.length + text.length;
  }
  if (all.length === members.length) return `${open}${all.join(', ')}${close}`;
  const parts: string[] = [];
  // Room kept for the note on what is left out.
  const note = `, … ${members.length} more ${noun}s`.length;
  let used = open.length + close.length;
  let left = 0;
  for (let i = 0; i < members.length; i++) {
    const [label, v] = members[i]!;
    const sep = parts.length > 0 ? 2 : 0;
    const last = i === members.length - 1 && left === 0;
    const room = budget - used - sep - label.length - (last ? 0 : note);
    const text = room > 0 ? render(v, short, room) : undefined;
    if (text === undefined || text.length > room) {
      left++;
      continue;
    }
    parts.push(label + text);
    used += sep + label.length + text.length;
  }
  if (left > 0) parts.push(`… ${left} more ${noun}${left === 1 ? '' : 's'}`);
  return `${open}${parts.join(', ')}${close}`;
}

/** Text cut at a word boundary (never inside a word) to at most `width` characters, with `…`. */
function cutWords(text: string, width: number): string {
  if (text.length <= width) return text;
  const head = text.slice(0, Math.max(0, width - 1));
  const space = head.lastIndexOf(' ');
  return `${space > 0 ? head.slice(0, space) : head}…`;
}

/** `arn:aws:kinesis:us-east-1:123456789012:stream/orders` → `stream/orders`. */
function shortResource(resource: string): string {
  if (!resource.startsWith('arn:')) return resource;
  const parts = resource.split(':');
  return parts.length >= 6 && parts[5] !== '' ? parts.slice(5).join(':') : resource;
}

function callLine(e: CallEntry, width: number, full: boolean, region: string | undefined): string {
  const answer =
    e.error !== undefined
      ? `✗ ${e.error.type}: ${cutWords(e.error.message, width)}`
      : renderValue(full ? e.output : summarize(e.output), { width });
  const fault = e.fault === undefined ? '' : `  [${e.fault}]`;
  const attempt = e.attempt === undefined ? '' : `  (attempt ${e.attempt})`;
  const answeredBy = e.answeredBy === undefined ? '' : `  [${e.answeredBy}]`;
  const elsewhere = region === undefined || e.region === region ? '' : `  [${e.region}]`;
  return `${e.service} ${e.operation} ${renderValue(e.input, { width })} → ${answer}${fault}${attempt}${answeredBy}${elsewhere}`;
}

function transitionLine(e: TransitionEntry): string {
  const detail = e.detail === undefined ? '' : `  (${e.detail})`;
  return `${e.service} ${shortResource(e.resource)} ${e.property} ${e.from} → ${e.to}${detail}`;
}

/**
 * Renders a trace as a readable timeline, one line per entry, virtual time relative to the start:
 *
 * ```text
 * +0.000s kinesis StartStreamEncryption {StreamName: "s", EncryptionType: "KMS", KeyId: "alias/x"} → {}
 * +0.000s kinesis stream/s StreamStatus ACTIVE → UPDATING
 * +5.000s kinesis stream/s StreamStatus UPDATING → ACTIVE
 * +7.000s kinesis PutRecord {StreamName: "s", ...} → ✗ KMSDisabledException: ...  [fault#0 ...]
 * ```
 *
 * Calls show their input and the answer (`✗ <exception>: <message>` for an error, with the fault's
 * label when a fault answered, `[override]` when the test's stub override answered, `[unmodelled]`
 * for a command the world does not model, and `[<region>]` when `options.region` is the world's and
 * the call went elsewhere); transitions show the resource, the property and `from → to`.
 *
 * @example
 * ```ts
 * console.log(formatTimeline(world.trace, { start: Date.UTC(2024, 0, 1) }));
 * ```
 */
export function formatTimeline(trace: readonly TraceEntry[], options: TimelineOptions = {}): string {
  const width = options.width ?? 200;
  if (!Number.isInteger(width) || width < 8) throw new RangeError(`[kinesis-sse-harness] formatTimeline width must be a whole number >= 8; got ${String(width)}`);
  if (options.last !== undefined && !(Number.isInteger(options.last) && options.last >= 0)) {
    throw new RangeError(`[kinesis-sse-harness] formatTimeline last must be a whole number >= 0; got ${String(options.last)}`);
  }
  if (trace.length === 0) return '(no calls, no transitions)';
  const start = options.start ?? trace[0]!.time;
  const shown = options.last === undefined || options.last >= trace.length ? trace : trace.slice(trace.length - options.last);
  const lines = shown.map((e) => `${formatOffset(e.time - start)} ${e.kind === 'call' ? callLine(e, width, options.full === true, options.region) : transitionLine(e)}`);
  if (shown.length < trace.length) lines.unshift(`… ${trace.length - shown.length} earlier entries left out`);
  return lines.join('\n');
}
