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

/**
 * Brings an SDK input into the model's form: `Date` timestamps become epoch milliseconds, and
 * members set to `undefined` are dropped (the SDK does not serialise them). Blobs stay as given.
 *
 * @example
 * ```ts
 * fromSdkInput({ Timestamp: new Date(0), Limit: undefined }); // { Timestamp: 0 }
 * ```
 */
export function fromSdkInput(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.getTime();
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => fromSdkInput(v));
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = fromSdkInput(v);
  }
  return out;
}
