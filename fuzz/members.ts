/**
 * What each modelled operation takes, for the generators: from the operation's declaration where it
 * has one (`findOperation(service, name).input`), else from the SDK's own schema of the operation
 * (member names, JSON types, which are required), refined by the hints below (integer members,
 * enums), which is what the SDK serializes and so what AWS can receive.
 */
import { createRequire } from 'node:module';
import type { Service } from '../src/model/errors';
import { findOperation, modelledOperations } from '../src/model/invoke';
import type { Shape } from '../src/model/shape';

/** The JSON type of a member, as the generators need it. */
export type MemberKind = 'string' | 'integer' | 'long' | 'double' | 'boolean' | 'timestamp' | 'blob' | 'list' | 'map' | 'structure' | 'document';

/** One member of an operation's input (or of a nested structure). */
export interface MemberInfo {
  readonly name: string;
  readonly kind: MemberKind;
  readonly required: boolean;
  /** Declared bounds and pattern (from the declaration; absent for SDK-schema members). */
  readonly min?: number;
  readonly max?: number;
  readonly enum?: readonly string[];
  /** A list's entry (name `member`) or a map's value (name `value`). */
  readonly item?: MemberInfo;
  /** A structure's members. */
  readonly members?: readonly MemberInfo[];
}

/** One operation: its service, name, where its members came from, and the members. */
export interface OperationInfo {
  readonly service: Service;
  readonly name: string;
  readonly source: 'declaration' | 'sdk-schema';
  readonly members: readonly MemberInfo[];
}

/** The SDK package and client of each service. */
export const SDK_PACKAGES: Readonly<Record<Service, string>> = {
  kinesis: '@aws-sdk/client-kinesis',
  firehose: '@aws-sdk/client-firehose',
  kms: '@aws-sdk/client-kms',
};

/** Numeric members AWS types as integer (the SDK schema says only "number"). */
const INTEGER_MEMBERS = new Set(['ShardCount', 'Limit', 'PendingWindowInDays', 'MaxResults', 'IntervalInSeconds', 'SizeInMBs', 'DurationInSeconds', 'RetentionPeriodHours']);

/** Enumerations of the string members the model reads (from the service models). */
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  EncryptionType: ['NONE', 'KMS'],
  ShardIteratorType: ['AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER', 'TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'],
  StreamMode: ['PROVISIONED', 'ON_DEMAND'],
  KeyType: ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'],
  DeliveryStreamType: ['DirectPut', 'KinesisStreamAsSource', 'MSKAsSource', 'DatabaseAsSource'],
  KeyUsage: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'],
  KeySpec: ['SYMMETRIC_DEFAULT', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'SM2'],
  CustomerMasterKeySpec: ['SYMMETRIC_DEFAULT', 'RSA_2048', 'ECC_NIST_P256'],
  Origin: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'],
  CompressionFormat: ['UNCOMPRESSED', 'GZIP', 'ZIP', 'Snappy', 'HADOOP_SNAPPY'],
};

/** Structures nested deeper than this are taken as opaque documents (Firehose destinations go 6+ deep). */
const MAX_SCHEMA_DEPTH = 3;

const require = createRequire(import.meta.url);
const modules = new Map<Service, Readonly<Record<string, unknown>>>();

/** The SDK package of `service`, loaded once. */
export function sdkModule(service: Service): Readonly<Record<string, unknown>> {
  let m = modules.get(service);
  if (m === undefined) {
    m = require(SDK_PACKAGES[service]) as Readonly<Record<string, unknown>>;
    modules.set(service, m);
  }
  return m;
}

function fromShape(name: string, shape: Shape): MemberInfo {
  const required = shape.required === true;
  switch (shape.type) {
    case 'string':
      return { name, kind: 'string', required, ...bounds(shape), ...(shape.enum === undefined ? {} : { enum: shape.enum }) };
    case 'integer':
    case 'long':
    case 'double':
      return { name, kind: shape.type, required, ...bounds(shape) };
    case 'blob':
      return { name, kind: 'blob', required, ...bounds(shape) };
    case 'list':
      return { name, kind: 'list', required, ...bounds(shape), item: fromShape('member', shape.member) };
    case 'map':
      return { name, kind: 'map', required, ...bounds(shape), item: fromShape('value', shape.value) };
    case 'structure':
      return { name, kind: 'structure', required, members: Object.entries(shape.members).map(([n, s]) => fromShape(n, s)) };
    default:
      return { name, kind: shape.type, required };
  }
}

function bounds(shape: { readonly min?: number; readonly max?: number }): { min?: number; max?: number } {
  return { ...(shape.min === undefined ? {} : { min: shape.min }), ...(shape.max === undefined ? {} : { max: shape.max }) };
}

type SchemaRef = unknown;

function deref(ref: SchemaRef): unknown {
  let r = ref;
  while (typeof r === 'function') r = (r as () => unknown)();
  // A member with traits: [schema, traits].
  if (Array.isArray(r) && r.length === 2 && typeof r[1] === 'number' && (typeof r[0] === 'function' || Array.isArray(r[0]) || typeof r[0] === 'number')) return deref(r[0]);
  return r;
}

function fromSchema(name: string, ref: SchemaRef, required: boolean, depth: number): MemberInfo {
  const s = deref(ref);
  const enumValues = ENUMS[name];
  if (typeof s === 'number') {
    if (s & 64) return { name, kind: 'list', required, item: fromSchema('member', s & 63, false, depth + 1) };
    if (s & 128) return { name, kind: 'map', required, item: fromSchema('value', s & 127, false, depth + 1) };
    if (s === 0) return { name, kind: 'string', required, ...(enumValues === undefined ? {} : { enum: enumValues }) };
    if (s === 1) return { name, kind: INTEGER_MEMBERS.has(name) ? 'integer' : 'long', required };
    if (s === 2) return { name, kind: 'boolean', required };
    if (s >= 4 && s <= 7) return { name, kind: 'timestamp', required };
    if (s === 21 || s === 42) return { name, kind: 'blob', required };
    return { name, kind: 'document', required };
  }
  if (Array.isArray(s)) {
    const tag = s[0] as number;
    if (tag === 3 && depth < MAX_SCHEMA_DEPTH) {
      const names = s[4] as readonly string[];
      const refs = s[5] as readonly SchemaRef[];
      const requiredCount = typeof s[6] === 'number' ? s[6] : 0;
      return { name, kind: 'structure', required, members: names.map((n, i) => fromSchema(n, refs[i], i < requiredCount, depth + 1)) };
    }
    if (tag === 1) return { name, kind: 'list', required, item: fromSchema('member', s[4], false, depth + 1) };
    if (tag === 2) return { name, kind: 'map', required, item: fromSchema('value', s[5], false, depth + 1) };
  }
  return { name, kind: 'document', required };
}

const cache = new Map<string, OperationInfo>();

/**
 * The members of `operation` of `service`: from its declaration when it declares members, else from
 * the SDK's schema of the operation.
 */
export function operationInfo(service: Service, operation: string): OperationInfo {
  const key = `${service}.${operation}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const op = findOperation(service, operation);
  if (op === undefined) throw new Error(`${key} is not modelled`);
  let info: OperationInfo;
  // A declaration with members is the source; an operation declared without members yet (as the legacy
  // adapter had it) falls back to the SDK's schema, which names what the SDK would send.
  if (Object.keys(op.input.members).length > 0 || sdkModule(service)[`${operation}$`] === undefined) {
    info = { service, name: operation, source: 'declaration', members: Object.entries(op.input.members).map(([n, s]) => fromShape(n, s)) };
  } else {
    const schema = deref(sdkModule(service)[`${operation}$`]);
    if (!Array.isArray(schema) || schema[0] !== 9) throw new Error(`no SDK schema for ${key}`);
    const input = fromSchema('input', schema[4], true, 0);
    info = { service, name: operation, source: 'sdk-schema', members: input.members ?? [] };
  }
  cache.set(key, info);
  return info;
}

/** Every modelled operation of `service` with its members. */
export function serviceOperations(service: Service): OperationInfo[] {
  return modelledOperations(service).map((name) => operationInfo(service, name));
}
