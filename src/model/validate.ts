import { serviceError, type Service, type ServiceError } from './errors';
import { UNSERIALIZABLE } from './sdk-form';
import type { Members, Shape } from './shape';

export type { Members, Shape } from './shape';

const regexCache = new Map<string, RegExp>();
function fullMatch(pattern: string, value: string): boolean {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    // AWS's patterns are Java regular expressions: `\p{L}` and its kin need JavaScript's `u` flag.
    re = new RegExp(`^(?:${pattern})$`, pattern.includes('\\p{') ? 'su' : 's');
    regexCache.set(pattern, re);
  }
  return re.test(value);
}

/**
 * `StreamName` → `streamName`, `KeyARN` → `keyARN`, as AWS names members in messages.
 *
 * @example
 * ```ts
 * memberPath('deliveryStreamEncryptionConfigurationInput', 'KeyARN'); // 'deliveryStreamEncryptionConfigurationInput.keyARN'
 * ```
 */
export function memberPath(parent: string, name: string): string {
  const lower = name.length === 0 ? name : name[0]!.toLowerCase() + name.slice(1);
  return parent === '' ? lower : `${parent}.${lower}`;
}

function blobLength(value: Uint8Array | string): number {
  return typeof value === 'string' ? utf8Length(value) : value.byteLength;
}

/**
 * The number of bytes `s` takes in UTF-8 (the SDK encodes string blobs as UTF-8).
 *
 * @example
 * ```ts
 * utf8Length('é'); // 2
 * ```
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A value as AWS's (Java) validation layer prints it, without the surrounding quotes. */
function renderBare(value: unknown, shape: Shape | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Uint8Array || (shape?.type === 'blob' && typeof value === 'string')) {
    const length = blobLength(value as Uint8Array | string);
    return `java.nio.HeapByteBuffer[pos=0 lim=${length} cap=${length}]`;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const member = shape?.type === 'list' ? shape.member : undefined;
    return `[${value.map((v) => renderBare(v, member)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const members = shape?.type === 'structure' ? shape.members : undefined;
    const javaClass = shape?.type === 'structure' ? shape.javaClass : undefined;
    if (javaClass !== undefined) {
      return `${javaClass}(${Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${memberPath('', k)}=${renderBare(v, members?.[k])}`)
        .join(', ')})`;
    }
    const valueShape = shape?.type === 'map' ? shape.value : undefined;
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${renderBare(v, members?.[k] ?? valueShape)}`)
      .join(', ')}}`;
  }
  return String(value);
}

function render(value: unknown, shape: Shape): string {
  if (value === null || value === undefined) return 'null';
  return `'${renderBare(value, shape)}'`;
}

/**
 * A member whose JavaScript type cannot be what the wire carries (AWS: SerializationException).
 *
 * @example
 * ```ts
 * const m: TypeMismatch = { path: 'streamName', message: "Expected a string at 'streamName'" };
 * ```
 */
export interface TypeMismatch {
  readonly path: string;
  readonly message: string;
}

const MAX_ERRORS = 10;

function typeMismatch(path: string, message: string): TypeMismatch {
  return { path, message };
}

function checkType(value: unknown, shape: Shape, path: string): TypeMismatch | undefined {
  switch (shape.type) {
    case 'string':
      return typeof value === 'string' ? undefined : typeMismatch(path, `Expected a string at '${path}'`);
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isFinite(value)) return typeMismatch(path, `Expected a number at '${path}'`);
      return Number.isInteger(value) ? undefined : typeMismatch(path, `Expected an integer at '${path}'; got a fraction`);
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : typeMismatch(path, `Expected a number at '${path}'`);
    case 'boolean':
      return typeof value === 'boolean' ? undefined : typeMismatch(path, `Expected a boolean at '${path}'`);
    case 'timestamp':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : typeMismatch(path, `Expected a timestamp (epoch milliseconds) at '${path}'`);
    case 'blob':
      return value instanceof Uint8Array ? undefined : typeMismatch(path, `Expected a blob (Uint8Array) at '${path}'`);
    case 'document':
      return value === UNSERIALIZABLE ? typeMismatch(path, `Expected JSON data at '${path}'`) : undefined;
    case 'list':
      return Array.isArray(value) ? undefined : typeMismatch(path, `Expected list or null at '${path}'`);
    case 'map':
      // A byte array where a map belongs would serialize as one entry per byte, each a number: refused
      // at once instead of walking (and reporting) millions of entries.
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return typeMismatch(path, `Expected a map at '${path}'`);
      return typeof value === 'object' && !Array.isArray(value) ? undefined : typeMismatch(path, `Expected a structure at '${path}'`);
    case 'structure':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : typeMismatch(path, `Expected a structure at '${path}'`);
  }
}

/** Records one constraint violation of `value` at `path`, as AWS words it (at most 10 per message). */
function violation(errors: string[], value: unknown, shape: Shape, path: string, constraint: string): void {
  if (errors.length < MAX_ERRORS) {
    // AWS no longer prints blob values: `Value at 'data' failed to satisfy constraint: ...` [REAL, 2022+].
    const shown = shape.type === 'blob' && value !== null && value !== undefined ? 'Value' : `Value ${render(value, shape)}`;
    errors.push(`${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
  }
}

function checkMember(value: unknown, shape: Shape, path: string, errors: string[]): TypeMismatch | undefined {
  if (value === undefined || value === null) {
    if (shape.required === true) violation(errors, value, shape, path, 'Member must not be null');
    return undefined;
  }
  const mismatch = checkType(value, shape, path);
  if (mismatch !== undefined) return mismatch;
  switch (shape.type) {
    case 'string': {
      const s = value as string;
      if (shape.enum !== undefined && !shape.enum.includes(s)) violation(errors, value, shape, path, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      // A value over its maximum length is reported by its length alone: AWS's patterns backtrack, so
      // matching a 300,000-character value would cost seconds, and the length alone already refuses it. [INF]
      const overLong = shape.max !== undefined && s.length > shape.max;
      if (shape.pattern !== undefined && !overLong && !fullMatch(shape.pattern, s)) violation(errors, value, shape, path, `Member must satisfy regular expression pattern: ${shape.pattern}`);
      if (shape.min !== undefined && s.length < shape.min) violation(errors, value, shape, path, `Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && s.length > shape.max) violation(errors, value, shape, path, `Member must have length less than or equal to ${shape.max}`);
      return undefined;
    }
    case 'integer':
    case 'long':
    case 'double': {
      const n = value as number;
      if (shape.min !== undefined && n < shape.min) violation(errors, value, shape, path, `Member must have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && n > shape.max) violation(errors, value, shape, path, `Member must have value less than or equal to ${shape.max}`);
      return undefined;
    }
    case 'blob': {
      const length = blobLength(value as Uint8Array | string);
      if (shape.min !== undefined && length < shape.min) violation(errors, value, shape, path, `Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && length > shape.max) violation(errors, value, shape, path, `Member must have length less than or equal to ${shape.max}`);
      return undefined;
    }
    case 'list': {
      const list = value as readonly unknown[];
      if (shape.min !== undefined && list.length < shape.min) violation(errors, value, shape, path, `Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && list.length > shape.max) violation(errors, value, shape, path, `Member must have length less than or equal to ${shape.max}`);
      for (let i = 0; i < list.length; i++) {
        const inner = checkMember(list[i], shape.member, `${path}.${i + 1}.member`, errors);
        if (inner !== undefined) return inner;
      }
      return undefined;
    }
    case 'map': {
      const entries = Object.entries(value as Record<string, unknown>);
      if (shape.min !== undefined && entries.length < shape.min) violation(errors, value, shape, path, `Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && entries.length > shape.max) violation(errors, value, shape, path, `Member must have length less than or equal to ${shape.max}`);
      for (const [k, v] of entries) {
        const inner = checkMember(v, shape.value, `${path}.${k}`, errors);
        if (inner !== undefined) return inner;
      }
      return undefined;
    }
    case 'structure': {
      const struct = value as Record<string, unknown>;
      if (shape.others === 'document') {
        for (const name of Object.keys(struct)) {
          if (!Object.prototype.hasOwnProperty.call(shape.members, name) && struct[name] === UNSERIALIZABLE) return { path: memberPath(path, name), message: `Expected JSON data at '${memberPath(path, name)}'` };
        }
      }
      return checkMembers(struct, shape.members, path, errors);
    }
    default:
      return undefined;
  }
}

function checkMembers(input: Readonly<Record<string, unknown>>, members: Members, parent: string, errors: string[]): TypeMismatch | undefined {
  for (const name in members) {
    const shape = members[name]!;
    const mismatch = checkMember(input[name], shape, memberPath(parent, name), errors);
    if (mismatch !== undefined) return mismatch;
  }
  return undefined;
}

/**
 * Checks `input` against an operation's members and returns AWS's error: a
 * `SerializationException` when a member has a JavaScript type the wire cannot carry, else a
 * `ValidationException` whose message counts and joins the violations as AWS does
 * (`1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: ...`),
 * else `undefined`. Members not in the shape are ignored, as AWS ignores unknown JSON members.
 *
 * @example
 * ```ts
 * const err = validateInput('kinesis', { StreamName: 'bad name!' }, { StreamName: { type: 'string', pattern: '[a-zA-Z0-9_.-]+' } });
 * // err.message === "1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"
 * ```
 */
export function validateInput(service: Service, input: unknown, members: Members): ServiceError | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return serviceError(service, 'SerializationException', 'Start of structure or map expected: the input must be an object');
  }
  const errors: string[] = [];
  const mismatch = checkMembers(input as Record<string, unknown>, members, '', errors);
  if (mismatch !== undefined) return serviceError(service, 'SerializationException', mismatch.message);
  if (errors.length === 0) return undefined;
  return serviceError(service, 'ValidationException', validationMessage(errors));
}

/**
 * Joins violation items into AWS's ValidationException message.
 *
 * @example
 * ```ts
 * validationMessage(["Value null at 'keyId' failed to satisfy constraint: Member must not be null"]);
 * // '1 validation error detected: Value null at ...'
 * ```
 */
export function validationMessage(items: readonly string[]): string {
  return `${items.length} validation error${items.length === 1 ? '' : 's'} detected: ${items.join('; ')}`;
}
