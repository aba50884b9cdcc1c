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
  /** Maximum characters of a rendered input or output before it is cut with `…`. Default 200. */
  readonly width?: number;
  /** Show at most this many entries (the last ones) and say how many were left out. Default: all. */
  readonly last?: number;
  /**
   * Show calls and answers in full. Default false: a Describe answer shows only its status and
   * encryption members (`StreamStatus`, `EncryptionType`, `KeyId`; `DeliveryStreamStatus`,
   * `DeliveryStreamEncryptionConfiguration`; `KeyId`, `KeyState`, `KeyManager`), which is what an
   * SSE timeline is about, and ARNs are shown as their resource (`key/1234…`, `stream/orders`).
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
 * A virtual-time offset as timelines show it: `+5.000s`, `-0.250s`.
 *
 * @example
 * ```ts
 * formatOffset(12_500); // '+12.500s'
 * ```
 */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const abs = Math.abs(ms);
  const s = Math.floor(abs / 1000);
  const frac = String(abs % 1000).padStart(3, '0');
  return `${sign}${s}.${frac}s`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders a value compactly, JavaScript-like: `{StreamName: "s", KeyId: "alias/x"}`, byte arrays as
 * `<5 bytes>`, `undefined` members left out. With `shortArns`, an ARN is shown as its resource
 * (`arn:aws:kms:us-east-1:123456789012:key/1234…` → `key/1234…`).
 *
 * @example
 * ```ts
 * renderValue({ StreamName: 's', Data: new Uint8Array(3) }); // '{StreamName: "s", Data: <3 bytes>}'
 * ```
 */
export function renderValue(value: unknown, options: { readonly shortArns?: boolean } = {}): string {
  const short = options.shortArns === true;
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(short ? shortResource(value) : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array || value instanceof TracedBytes) return `<${value.byteLength} bytes>`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  if (Array.isArray(value)) return `[${value.map((v) => renderValue(v, options)).join(', ')}]`;
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined || k === '$metadata') continue;
      parts.push(`${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${renderValue(v, options)}`);
    }
    return `{${parts.join(', ')}}`;
  }
  return String(value);
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
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
      ? `✗ ${e.error.type}: ${cut(e.error.message, width)}`
      : cut(renderValue(full ? e.output : summarize(e.output), { shortArns: !full }), width);
  const fault = e.fault === undefined ? '' : `  [${e.fault}]`;
  const attempt = e.attempt === undefined ? '' : `  (attempt ${e.attempt})`;
  const answeredBy = e.answeredBy === undefined ? '' : `  [${e.answeredBy}]`;
  const elsewhere = region === undefined || e.region === region ? '' : `  [${e.region}]`;
  return `${e.service} ${e.operation} ${cut(renderValue(e.input, { shortArns: !full }), width)} → ${answer}${fault}${attempt}${answeredBy}${elsewhere}`;
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
