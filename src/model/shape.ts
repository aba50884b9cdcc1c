/**
 * Shapes in AWS's terms (the Smithy / botocore service model): what each member of an operation's
 * input and output is, whether it is required, and its length, range, pattern and enum constraints.
 * One declaration serves validation (AWS's ValidationException texts), the SDK binding (`Date` and
 * `Uint8Array` conversions) and the JSON 1.1 wire (epoch-second timestamps, base64 blobs).
 *
 * In the model's own form a timestamp is epoch milliseconds and a blob is a `Uint8Array`.
 */

/**
 * A string member: `enum`, `pattern` (matched against the whole value, printed as AWS prints it),
 * and length bounds in UTF-16 code units as AWS counts them.
 *
 * @example
 * ```ts
 * const streamName: StringShape = { type: 'string', pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 };
 * ```
 */
export interface StringShape {
  readonly type: 'string';
  readonly required?: boolean;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
}

/**
 * A number member: `integer` (32-bit), `long` (64-bit, a JSON number on the wire) or `double`.
 * `integer` and `long` refuse fractions (SerializationException, as AWS's JSON parser does).
 *
 * @example
 * ```ts
 * const limit: NumberShape = { type: 'integer', min: 1, max: 10_000 };
 * ```
 */
export interface NumberShape {
  readonly type: 'integer' | 'long' | 'double';
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/**
 * A boolean member.
 *
 * @example
 * ```ts
 * const dryRun: BooleanShape = { type: 'boolean' };
 * ```
 */
export interface BooleanShape {
  readonly type: 'boolean';
  readonly required?: boolean;
}

/**
 * A timestamp member: epoch milliseconds in the model, a `Date` in the SDK, epoch seconds on the wire.
 *
 * @example
 * ```ts
 * const at: TimestampShape = { type: 'timestamp' };
 * ```
 */
export interface TimestampShape {
  readonly type: 'timestamp';
  readonly required?: boolean;
}

/**
 * A blob member: a `Uint8Array` in the model and the SDK, base64 on the wire; bounds in bytes.
 *
 * @example
 * ```ts
 * const data: BlobShape = { type: 'blob', required: true, min: 0, max: 1_048_576 };
 * ```
 */
export interface BlobShape {
  readonly type: 'blob';
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/**
 * A list member; bounds on the number of entries.
 *
 * @example
 * ```ts
 * const names: ListShape = { type: 'list', member: { type: 'string' }, max: 10 };
 * ```
 */
export interface ListShape<M extends Shape = Shape> {
  readonly type: 'list';
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly member: M;
}

/**
 * A map member with string keys; bounds on the number of entries.
 *
 * @example
 * ```ts
 * const tags: MapShape = { type: 'map', value: { type: 'string' }, max: 50 };
 * ```
 */
export interface MapShape<V extends Shape = Shape> {
  readonly type: 'map';
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly value: V;
}

/**
 * A structure member; its members by wire (PascalCase) name, in the order AWS lists violations.
 *
 * @example
 * ```ts
 * const record: StructureShape = { type: 'structure', members: { Data: { type: 'blob', required: true } } };
 * ```
 */
export interface StructureShape<M extends Members = Members> {
  readonly type: 'structure';
  readonly required?: boolean;
  readonly members: M;
  /**
   * `'document'` when the model keeps members it does not declare as opaque JSON (a Firehose
   * destination configuration, echoed by Describe); absent when undeclared members are dropped.
   */
  readonly others?: 'document';
  /**
   * The Java class AWS's validation layer prints the structure as, Lombok-style
   * (`Record(data=...)`), when it is not printed as a map (`{Data=...}`): Firehose's PutRecordBatch
   * record list [REAL, firehose-sse-facts.md "Further facts"].
   */
  readonly javaClass?: string;
}

/**
 * A member the model keeps as opaque JSON data (a destination configuration it does not interpret):
 * strings, numbers, booleans, lists and objects, copied as they are.
 *
 * @example
 * ```ts
 * const processing: DocumentShape = { type: 'document' };
 * ```
 */
export interface DocumentShape {
  readonly type: 'document';
  readonly required?: boolean;
}

/**
 * Any member's shape.
 *
 * @example
 * ```ts
 * const s: Shape = { type: 'string', required: true, min: 1, max: 2048 };
 * ```
 */
export type Shape =
  | StringShape
  | NumberShape
  | BooleanShape
  | TimestampShape
  | BlobShape
  | ListShape
  | MapShape
  | StructureShape
  | DocumentShape;

/**
 * The members of an operation's input or output, or of a structure, by wire (PascalCase) name.
 *
 * @example
 * ```ts
 * const members: Members = { StreamName: { type: 'string', required: true, pattern: '[a-zA-Z0-9_.-]+', min: 1, max: 128 } };
 * ```
 */
export type Members = Readonly<Record<string, Shape>>;

type RequiredKeys<M extends Members> = { [K in keyof M]: M[K] extends { readonly required: true } ? K : never }[keyof M];
type OptionalKeys<M extends Members> = Exclude<keyof M, RequiredKeys<M>>;
type Flatten<T> = { readonly [K in keyof T]: T[K] };

/**
 * The model-form value of a structure's members: required members present, the others optional.
 *
 * @example
 * ```ts
 * type In = ValueOfMembers<{ StreamName: { type: 'string'; required: true } }>; // { readonly StreamName: string }
 * ```
 */
export type ValueOfMembers<M extends Members> = Flatten<
  { readonly [K in RequiredKeys<M>]: ValueOf<M[K]> } & { readonly [K in OptionalKeys<M>]?: ValueOf<M[K]> }
>;

/**
 * The model-form value of a shape: timestamps are epoch milliseconds, blobs `Uint8Array`, a string
 * with an enum is the union of its values.
 *
 * @example
 * ```ts
 * type T = ValueOf<{ type: 'list'; member: { type: 'timestamp' } }>; // readonly number[]
 * ```
 */
export type ValueOf<S extends Shape> = S extends { readonly type: 'string'; readonly enum: readonly (infer E extends string)[] }
  ? E
  : S extends { readonly type: 'string' }
    ? string
    : S extends { readonly type: 'integer' | 'long' | 'double' | 'timestamp' }
      ? number
      : S extends { readonly type: 'boolean' }
        ? boolean
        : S extends { readonly type: 'blob' }
          ? Uint8Array
          : S extends { readonly type: 'list'; readonly member: infer M extends Shape }
            ? readonly ValueOf<M>[]
            : S extends { readonly type: 'map'; readonly value: infer V extends Shape }
              ? Readonly<Record<string, ValueOf<V>>>
              : S extends { readonly type: 'structure'; readonly members: infer M extends Members }
                ? ValueOfMembers<M>
                : S extends { readonly type: 'document' }
                  ? unknown
                  : never;

/**
 * Declares a structure (keeps the members' literal types, so `ValueOf` can read them).
 *
 * @example
 * ```ts
 * const input = structure({ StreamName: required({ type: 'string', min: 1, max: 128 }) });
 * ```
 */
export function structure<const M extends Members>(
  members: M,
  options: { readonly others?: 'document'; readonly javaClass?: string } = {},
): StructureShape<M> {
  return {
    type: 'structure',
    members,
    ...(options.others === undefined ? {} : { others: options.others }),
    ...(options.javaClass === undefined ? {} : { javaClass: options.javaClass }),
  };
}

/**
 * Declares a list of `member`, with optional bounds on its length.
 *
 * @example
 * ```ts
 * const records = list(structure({ Data: required({ type: 'blob' }) }), { min: 1, max: 500 });
 * ```
 */
export function list<const M extends Shape>(member: M, bounds: { readonly min?: number; readonly max?: number } = {}): ListShape<M> {
  return { type: 'list', member, ...bounds };
}

/**
 * The same shape, required (`Member must not be null` when absent).
 *
 * @example
 * ```ts
 * const keyId = required({ type: 'string', min: 1, max: 2048 });
 * ```
 */
export function required<const S extends Shape>(shape: S): S & { readonly required: true } {
  return { ...shape, required: true };
}

/**
 * The same shape, not required (for a shared shape that one operation takes as optional).
 *
 * @example
 * ```ts
 * const name = optional(required({ type: 'string' }));
 * ```
 */
export function optional<const S extends Shape>(shape: S): Omit<S, 'required'> {
  const { required: _dropped, ...rest } = shape;
  return rest;
}
