import { utf8Bytes } from './bytes';
import type { Members, Shape, StructureShape } from './shape';

/**
 * Conversions between the SDK's JavaScript form of an input or output and the model's form, derived
 * from the declared shapes, doing what the SDK's JSON serializer does:
 *
 * - only declared members are read (the SDK sends modelled members only); `null` and `undefined`
 *   members, list entries and map values are absent;
 * - a timestamp given as a `Date` becomes epoch milliseconds; a number is sent by the SDK as epoch
 *   seconds, so it becomes seconds × 1000;
 * - a blob given as a string is its UTF-8 bytes (the SDK encodes it so); a `Uint8Array` is copied,
 *   so a caller mutating its buffer later cannot touch the world;
 * - a value of the wrong JavaScript type is kept as it is, unwalked, for validation to refuse
 *   (SerializationException), as AWS refuses what such a value serializes to.
 */

const MAX_DOCUMENT_DEPTH = 64;

/**
 * A document member (opaque JSON) that cannot be sent: too deep, cyclic, or not JSON data.
 * Validation answers it with a SerializationException.
 *
 * @example
 * ```ts
 * fromSdkForm({ type: 'document' }, cyclic) === UNSERIALIZABLE; // true
 * ```
 */
export const UNSERIALIZABLE: unique symbol = Symbol('unserializable document');


function copyDocument(value: unknown, depth: number, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : UNSERIALIZABLE;
  if (typeof value !== 'object' || depth > MAX_DOCUMENT_DEPTH || seen.has(value)) return UNSERIALIZABLE;
  if (value instanceof Uint8Array || value instanceof Date) return UNSERIALIZABLE;
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const v of value) {
      const c = copyDocument(v, depth + 1, seen);
      if (c === UNSERIALIZABLE) return UNSERIALIZABLE;
      list.push(c);
    }
    out = list;
  } else {
    const obj: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      const c = copyDocument(v, depth + 1, seen);
      if (c === UNSERIALIZABLE) return UNSERIALIZABLE;
      Object.defineProperty(obj, k, { value: c, enumerable: true, writable: true, configurable: true });
    }
    out = obj;
  }
  seen.delete(value);
  return out;
}

/** A copy of JSON data the model itself holds (acyclic, already checked when it came in). */
function cloneData(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneData);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = cloneData((value as Record<string, unknown>)[k]);
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Declared members in the order the caller gave them (then any read through the prototype, as the SDK reads `value[name]`). */
function fromMembers(members: Members, value: Readonly<Record<string, unknown>>, others: boolean, form: InputForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(value)) {
    if (!hasOwn(members, name)) continue;
    const v = fromSdkForm(members[name]!, value[name], form);
    if (v !== undefined) out[name] = v;
  }
  for (const name of Object.keys(members)) {
    if (hasOwn(value, name)) continue;
    const v = fromSdkForm(members[name]!, value[name], form);
    if (v !== undefined) out[name] = v;
  }
  if (others) {
    for (const name of Object.keys(value)) {
      if (hasOwn(members, name)) continue;
      const v = value[name];
      if (v === undefined || v === null) continue;
      Object.defineProperty(out, name, { value: copyDocument(v, 1, new Set()), enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/**
 * How an input is given: `'sdk'` as the SDK's JavaScript input (Date or epoch-second timestamps,
 * string or `Uint8Array` blobs), `'model'` already in the model's form (epoch-ms timestamps,
 * `Uint8Array` blobs). Either way only declared members are kept and `null` is absent. `'wire'`
 * is the model's form as the JSON 1.1 codec builds it from a request body it has just parsed:
 * declared members only, fresh bytes, documents checked by {@link fromSdkForm}: it is taken as it
 * is, without a second copy.
 *
 * @example
 * ```ts
 * const form: InputForm = 'sdk';
 * ```
 */
export type InputForm = 'sdk' | 'model' | 'wire';

/**
 * A private copy of a byte array, always a plain `Uint8Array`; a view of a detached buffer reads as
 * no bytes. Not `value.slice()`: on a Node `Buffer` (what `Buffer.from(…)` gives) that is a view of
 * the same memory, so the caller changing its buffer later would change what the world kept.
 */
function copyBytes(value: Uint8Array): Uint8Array {
  return value.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(value);
}

/**
 * The model's form of a value of `shape` given in `form` (see the module comment); `undefined`
 * when absent.
 *
 * @example
 * ```ts
 * fromSdkForm(structure({ At: { type: 'timestamp' } }), { At: new Date(5), Extra: 1 }); // { At: 5 }
 * ```
 */
export function fromSdkForm(shape: Shape, value: unknown, form: InputForm = 'sdk'): unknown {
  if (value === undefined || value === null) return undefined;
  switch (shape.type) {
    case 'timestamp':
      if (form !== 'sdk') return value;
      if (value instanceof Date) return value.getTime();
      if (typeof value === 'number') return value * 1000;
      return value;
    case 'blob':
      if (value instanceof Uint8Array) return copyBytes(value);
      if (typeof value === 'string' && form === 'sdk') return utf8Bytes(value);
      return value;
    case 'list': {
      if (!Array.isArray(value)) return value;
      const out: unknown[] = [];
      for (const item of value as readonly unknown[]) {
        const v = fromSdkForm(shape.member, item, form);
        if (v !== undefined) out.push(v);
      }
      return out;
    }
    case 'map': {
      if (!isRecord(value) || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        const v = fromSdkForm(shape.value, value[k], form);
        if (v !== undefined) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'structure':
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      // A byte array or buffer where a structure belongs has none of its members (the SDK reads only
      // declared names), and its indices are never walked: a 10 MiB array costs what `{}` costs.
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return fromMembers(shape.members, {}, false, form);
      return fromMembers(shape.members, value as Record<string, unknown>, shape.others === 'document', form);
    case 'document':
      return copyDocument(value, 1, new Set());
    default:
      return value;
  }
}

/**
 * The model-form input of an operation from what the SDK (or a test) passed: {@link fromSdkForm}
 * of the input structure. A non-object input is kept as it is, for validation to refuse.
 *
 * @example
 * ```ts
 * fromSdkInput(op.input, { StreamName: 'orders', Unknown: 1 }); // { StreamName: 'orders' }
 * ```
 */
export function fromSdkInput(shape: StructureShape, input: unknown, form: InputForm = 'sdk'): unknown {
  if (input === undefined) return {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return fromSdkForm(shape, input, form);
}

/**
 * The SDK form of a model value of `shape`: timestamps (epoch ms) become `Date`s, blobs are copied,
 * members outside the shape and members whose value is `undefined` are left out. Every call builds
 * a fresh object, so a caller mutating an output cannot touch the world or a later output.
 *
 * @example
 * ```ts
 * toSdkForm(structure({ At: { type: 'timestamp' } }), { At: 0 }); // { At: new Date(0) }
 * ```
 */
export function toSdkForm(shape: Shape, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (shape.type) {
    case 'timestamp':
      return typeof value === 'number' ? new Date(value) : value;
    case 'blob':
      return value instanceof Uint8Array ? copyBytes(value) : value;
    case 'list':
      return Array.isArray(value) ? value.map((v: unknown) => toSdkForm(shape.member, v)).filter((v) => v !== undefined) : value;
    case 'map': {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        const v = toSdkForm(shape.value, value[k]);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'structure': {
      if (!isRecord(value)) return value;
      const out: Record<string, unknown> = {};
      for (const name in shape.members) {
        const v = toSdkForm(shape.members[name]!, value[name]);
        if (v !== undefined) out[name] = v;
      }
      if (shape.others === 'document') {
        for (const name of Object.keys(value)) {
          if (hasOwn(shape.members, name) || value[name] === undefined) continue;
          out[name] = cloneData(value[name]);
        }
      }
      return out;
    }
    case 'document':
      return cloneData(value);
    default:
      return value;
  }
}
