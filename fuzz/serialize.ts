/**
 * Deep, deterministic serialization of model state and traces (for "no state change on rejection"
 * and the trace hash), and a bounded rendering of hostile inputs for crash reports.
 */

/** FNV-1a (32-bit) over a string, as 8 hex digits. */
export function fnv(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function bytesDigest(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Whether a buffer (or a view's buffer) is detached. Node 20 has no `ArrayBuffer.prototype.detached`:
 * a view of a detached buffer cannot be made, which is what tells.
 */
export function isDetached(value: ArrayBufferView | ArrayBufferLike): boolean {
  const buffer = ArrayBuffer.isView(value) ? value.buffer : value;
  const flag = (buffer as { detached?: unknown }).detached;
  if (typeof flag === 'boolean') return flag;
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength > 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

function isRng(value: object): value is { state(): number } {
  const v = value as { state?: unknown; next?: unknown; int?: unknown };
  return typeof v.state === 'function' && typeof v.next === 'function' && typeof v.int === 'function';
}

/**
 * Every reachable value of `root` as text: Maps and Sets in insertion order, arrays, typed arrays
 * and ArrayBuffers by length and digest of their bytes (a detached buffer reads as detached), an rng
 * by `state()`, functions by name only. Own keys listed by `skip` at the top level are left out. A
 * value met again prints as a back reference, so cycles terminate.
 */
export function serializeDeep(root: unknown, skip: readonly string[] = []): string {
  const out: string[] = [];
  const seen = new Map<object, number>();
  const walk = (value: unknown, depth: number): void => {
    switch (typeof value) {
      case 'string':
        out.push(JSON.stringify(value));
        return;
      case 'number':
        out.push(Object.is(value, -0) ? '-0' : String(value));
        return;
      case 'bigint':
        out.push(`${value}n`);
        return;
      case 'boolean':
      case 'undefined':
        out.push(String(value));
        return;
      case 'symbol':
        out.push(`<${String(value.description)}>`);
        return;
      case 'function':
        out.push(`<fn ${(value as { name?: string }).name ?? ''}>`);
        return;
      default:
        break;
    }
    if (value === null) {
      out.push('null');
      return;
    }
    const obj = value as object;
    const ref = seen.get(obj);
    if (ref !== undefined) {
      out.push(`#${ref}`);
      return;
    }
    seen.set(obj, seen.size);
    if (ArrayBuffer.isView(obj)) {
      const v = obj as ArrayBufferView;
      const detached = isDetached(v);
      out.push(detached ? `${obj.constructor.name}<detached>` : `${obj.constructor.name}<${v.byteLength}:${bytesDigest(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))}>`);
      return;
    }
    if (obj instanceof ArrayBuffer) {
      out.push(isDetached(obj) ? 'ArrayBuffer<detached>' : `ArrayBuffer<${obj.byteLength}:${bytesDigest(new Uint8Array(obj))}>`);
      return;
    }
    if (obj instanceof Date) {
      out.push(`Date(${obj.getTime()})`);
      return;
    }
    if (isRng(obj)) {
      out.push(`Rng(${obj.state()})`);
      return;
    }
    if (obj instanceof Map) {
      out.push('Map{');
      for (const [k, v] of obj) {
        walk(k, depth + 1);
        out.push('=>');
        walk(v, depth + 1);
        out.push(',');
      }
      out.push('}');
      return;
    }
    if (obj instanceof Set) {
      out.push('Set{');
      for (const v of obj) {
        walk(v, depth + 1);
        out.push(',');
      }
      out.push('}');
      return;
    }
    if (Array.isArray(obj)) {
      out.push('[');
      for (let i = 0; i < obj.length; i++) {
        walk(obj[i], depth + 1);
        out.push(',');
      }
      out.push(']');
      return;
    }
    const proto = Object.getPrototypeOf(obj) as object | null;
    out.push(proto === Object.prototype || proto === null ? '{' : `${(proto as { constructor?: { name?: string } }).constructor?.name ?? '?'}{`);
    for (const key of Object.keys(obj)) {
      if (depth === 0 && skip.includes(key)) continue;
      out.push(JSON.stringify(key), ':');
      walk((obj as Record<string, unknown>)[key], depth + 1);
      out.push(',');
    }
    out.push('}');
  };
  walk(root, 0);
  return out.join('');
}

/** What a world's model holds apart from its record of calls: everything but `trace`, `calls` and `lastNow`. */
export const NOT_STATE: readonly string[] = ['trace', 'calls', 'lastNow'];

/**
 * A bounded, readable rendering of any value (cycles, deep nesting, huge strings and buffers,
 * own `__proto__` keys and detached buffers included), for crash reports.
 */
export function render(value: unknown, budget = 600): string {
  const seen = new Set<object>();
  let left = budget;
  const walk = (v: unknown, depth: number): string => {
    if (left <= 0) return '…';
    let s: string;
    if (typeof v === 'string') s = v.length > 80 ? `${JSON.stringify(v.slice(0, 60))}…(${v.length} chars)` : JSON.stringify(v);
    else if (typeof v === 'number') s = Object.is(v, -0) ? '-0' : String(v);
    else if (typeof v === 'bigint') s = `${v}n`;
    else if (typeof v !== 'object' || v === null) s = typeof v === 'function' ? '<function>' : String(v);
    else if (seen.has(v)) s = '<cycle>';
    else if (depth > 6) s = Array.isArray(v) ? '[…deep]' : '{…deep}';
    else if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) {
      const detached = isDetached(v);
      s = `${v.constructor.name}(${detached ? 'detached' : `${v.byteLength} bytes`})`;
    } else if (v instanceof Date) s = `Date(${v.getTime()})`;
    else {
      seen.add(v);
      if (Array.isArray(v)) {
        const items = v.slice(0, 5).map((x) => walk(x, depth + 1));
        s = `[${items.join(', ')}${v.length > 5 ? `, …${v.length - 5} more` : ''}]`;
      } else {
        const keys = Object.keys(v);
        const parts = keys.slice(0, 12).map((k) => `${JSON.stringify(k)}: ${walk((v as Record<string, unknown>)[k], depth + 1)}`);
        s = `{${parts.join(', ')}${keys.length > 12 ? `, …${keys.length - 12} more` : ''}}`;
      }
      seen.delete(v);
    }
    left -= s.length;
    return s;
  };
  return walk(value, 0);
}
