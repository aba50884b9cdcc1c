import { UNSERIALIZABLE } from './sdk-form';

/**
 * A byte array as the trace keeps it: its length and a digest of its content, never the bytes, so
 * the cost and size of a trace entry do not depend on the size of a record (or of garbage) in a call.
 *
 * @example
 * ```ts
 * const b = TracedBytes.of(new Uint8Array([1, 2, 3]));
 * b.byteLength; // 3
 * ```
 */
export class TracedBytes {
  private constructor(
    /** How many bytes the array held. */
    readonly byteLength: number,
    /** FNV-1a (32-bit) of the bytes, as 8 hex digits: equal contents give equal digests. */
    readonly digest: string,
  ) {
    Object.freeze(this);
  }

  /**
   * The traced form of `bytes`.
   *
   * @example
   * ```ts
   * TracedBytes.of(new Uint8Array(0)).digest; // '811c9dc5'
   * ```
   */
  static of(bytes: Uint8Array): TracedBytes {
    let h = 0x811c9dc5;
    for (let i = 0; i < bytes.length; i++) {
      h ^= bytes[i]!;
      h = Math.imul(h, 0x01000193);
    }
    return new TracedBytes(bytes.byteLength, (h >>> 0).toString(16).padStart(8, '0'));
  }
}

/** Longest string kept whole in the trace (the longest AWS member modelled is 2048 characters). */
const MAX_STRING = 4096;
/** Most list entries or structure members kept (PutRecords takes 500 records). */
const MAX_ENTRIES = 1000;
/** Deepest nesting kept (the deepest modelled input is 6 levels). */
const MAX_DEPTH = 12;

/**
 * A compact, bounded copy of a call's input for the trace: byte arrays become {@link TracedBytes},
 * strings past 4,096 characters are cut (saying how long they were), lists and objects past 1,000
 * entries or 12 levels are elided with a note. Plain data only, so a trace can be compared,
 * serialized and replayed; copying never throws and costs at most what it keeps.
 *
 * @example
 * ```ts
 * traceCopy({ StreamName: 's', Data: new Uint8Array(3) }); // { StreamName: 's', Data: TracedBytes(3) }
 * ```
 */
export function traceCopy(value: unknown, depth = 0): unknown {
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_STRING ? value : `${value.slice(0, MAX_STRING)}… (${value.length} characters)`;
    case 'number':
    case 'boolean':
    case 'undefined':
    case 'bigint':
      return value;
    case 'symbol':
      return value === UNSERIALIZABLE ? '<not JSON data>' : `<${String(value.description ?? 'symbol')}>`;
    case 'function':
      return '<function>';
    default:
      break;
  }
  if (value === null) return null;
  if (value instanceof Uint8Array) return TracedBytes.of(value.byteLength === 0 ? new Uint8Array(0) : value);
  if (value instanceof TracedBytes) return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `<${Object.prototype.toString.call(value).slice(8, -1)} of ${(value as ArrayBuffer).byteLength} bytes>`;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `<list nested too deep>` : `<structure nested too deep>`;
  if (Array.isArray(value)) {
    const n = Math.min(value.length, MAX_ENTRIES);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(traceCopy(value[i], depth + 1));
    if (value.length > n) out.push(`… ${value.length - n} more entries`);
    return out;
  }
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const k of Object.keys(value as object)) {
    if (kept >= MAX_ENTRIES) {
      out['…'] = 'more members left out';
      break;
    }
    kept++;
    const v = traceCopy((value as Record<string, unknown>)[k], depth + 1);
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}
