/** Members whose model value (epoch milliseconds) the SDK hands to users as a `Date`. */
const TIMESTAMP_MEMBERS: ReadonlySet<string> = new Set([
  'StreamCreationTimestamp',
  'ApproximateArrivalTimestamp',
  'CreateTimestamp',
  'LastUpdateTimestamp',
  'DeliveryStartTimestamp',
  'CreationDate',
  'DeletionDate',
  'LastUpdatedDate',
  'ValidTo',
  'ReadFromTimestamp',
]);

/**
 * A deep copy of a model value in the SDK's form: timestamp members become `Date`s, blobs are
 * copied, and members whose value is `undefined` are left out (AWS omits them). Every call gets a
 * fresh object, so a caller mutating an output cannot touch the world or a later output.
 *
 * @example
 * ```ts
 * toSdkShape({ StreamCreationTimestamp: 0 }); // { StreamCreationTimestamp: new Date(0) }
 * ```
 */
export function toSdkShape(value: unknown, key?: string): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && key !== undefined && TIMESTAMP_MEMBERS.has(key)) return new Date(value);
    return value;
  }
  if (value instanceof Uint8Array) return value.slice();
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map((v) => toSdkShape(v));
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = toSdkShape(v, k);
  }
  return out;
}

/** Deepest nesting {@link fromSdkInput} walks (the deepest modelled input is 6 levels). */
const MAX_INPUT_DEPTH = 64;

/**
 * Brings an SDK input into the model's form: `Date` timestamps become epoch milliseconds, and
 * members set to `undefined` are dropped (the SDK does not serialise them). Blobs stay as given.
 * A value nested past 64 levels, or met again inside itself (a cycle, which the SDK could not
 * serialize), becomes an empty object: the walk is bounded and never overflows the stack.
 *
 * @example
 * ```ts
 * fromSdkInput({ Timestamp: new Date(0), Limit: undefined }); // { Timestamp: 0 }
 * ```
 */
export function fromSdkInput(value: unknown, depth = 0, path: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.getTime();
  if (value instanceof Uint8Array) return value;
  if (depth >= MAX_INPUT_DEPTH || path.has(value)) return {};
  path.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => fromSdkInput(v, depth + 1, path));
  else {
    const obj: Record<string, unknown> = {};
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k];
      // defineProperty: an own `__proto__` key (as JSON.parse makes it) stays a plain member, never the prototype.
      if (v !== undefined) Object.defineProperty(obj, k, { value: fromSdkInput(v, depth + 1, path), enumerable: true, writable: true, configurable: true });
    }
    out = obj;
  }
  path.delete(value);
  return out;
}
