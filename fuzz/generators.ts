/**
 * fast-check arbitraries of hostile inputs for every modelled operation of every service, one named
 * generator per class of issue 9 ("Hostile input"), plus `plausible` (well-formed inputs naming
 * existing and missing resources, so calls also succeed and move state).
 *
 * A generated {@link FuzzCall} is a recipe: `make()` builds a fresh input each time it is called
 * (cyclic objects, detached buffers and 10 MiB arrays are built only then, never kept in a batch),
 * and `after` (when present) vandalizes the input or the answer once the call is answered, to prove
 * that nothing the caller holds is shared with the world.
 */
import fc from 'fast-check';
import type { Service } from '../src/model/errors';
import { base64Encode, utf8Bytes } from '../src/model/bytes';
import { isDetached } from './serialize';
import { operationInfo, serviceOperations, type MemberInfo, type OperationInfo } from './members';
import { FUZZ_START, forgedIterator, type Catalog } from './worlds';

/** The names of the generators, one per class of hostile input, plus `plausible`. */
export const GENERATOR_NAMES = [
  'plausible',
  'deepOrCyclic',
  'nullMembers',
  'fractions',
  'validateButUnparseable',
  'protoKeys',
  'buffers',
  'slow',
  'unmodelledOrigins',
  'wrongTypes',
  'stringsEdge',
  'unknownMembers',
] as const;

/** One of {@link GENERATOR_NAMES}. */
export type GeneratorName = (typeof GENERATOR_NAMES)[number];

/**
 * Every class a call can come from: the SDK-input generators, and `rawJson` (hand-built HTTP
 * requests with bodies no SDK would send, for the raw JSON binding: fuzz/wire.ts).
 */
export const CALL_CLASSES = [...GENERATOR_NAMES, 'rawJson'] as const;

/** One of {@link CALL_CLASSES}. */
export type CallClass = (typeof CALL_CLASSES)[number];

/** What to do to the input or the answer once the call is answered. */
export interface AfterCall {
  readonly label: string;
  apply(input: unknown, answer: unknown): void;
}

/** One generated call. */
export interface FuzzCall {
  readonly service: Service;
  readonly operation: string;
  readonly generator: CallClass;
  /** Virtual milliseconds the clock moves before the call. */
  readonly advanceMs: number;
  /** What was done to the plausible input, in words. */
  readonly note: string;
  /** Builds a fresh input. */
  make(): unknown;
  readonly after?: AfterCall;
}

type Path = readonly (string | number)[];
type Input = Record<string, unknown>;
/** A change to a (fresh, cloned) plausible input; returns the input to send (it may replace it). */
type Edit = (input: Input) => unknown;

interface Variant {
  readonly note: string;
  readonly edit: Edit;
  readonly after?: AfterCall;
}

// ---------------------------------------------------------------- building blocks

const MiB = 1024 * 1024;

function defineOwn(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function setPath(root: Input, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = node[key];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      defineOwn(node, String(key), next);
    }
    node = next as Record<string | number, unknown>;
  }
  defineOwn(node, String(path[path.length - 1]!), value);
}

function getPath(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of plain data (objects, arrays, typed arrays, Dates); own `__proto__` keys stay own keys. */
function clonePlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return value.slice();
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(clonePlain);
  const out: Input = {};
  for (const k of Object.keys(value)) defineOwn(out, k, clonePlain((value as Input)[k]));
  return out;
}

function detached(length: number): Uint8Array {
  const bytes = new Uint8Array(length).fill(7);
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  return bytes;
}

function deepValue(depth: number, kind: 'object' | 'array' | 'mixed', leaf: unknown): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) {
    const asArray = kind === 'array' || (kind === 'mixed' && i % 2 === 1);
    v = asArray ? [v] : { Nested: v };
  }
  return v;
}

function cyclic(kind: 'object' | 'array' | 'indirect'): unknown {
  if (kind === 'array') {
    const a: unknown[] = ['x'];
    a.push(a);
    return a;
  }
  const o: Input = { Data: new Uint8Array([1]), PartitionKey: 'p' };
  if (kind === 'object') o['Self'] = o;
  else o['Child'] = { Parent: o, List: [o] };
  return o;
}

/** Every member path of an operation's input, list entries as index 0, structures up to 3 deep. */
function memberPaths(members: readonly MemberInfo[], prefix: Path = [], depth = 0): { path: Path; info: MemberInfo }[] {
  const out: { path: Path; info: MemberInfo }[] = [];
  for (const m of members) {
    const path = [...prefix, m.name];
    out.push({ path, info: m });
    if (depth >= 3) continue;
    if (m.kind === 'structure' && m.members !== undefined) out.push(...memberPaths(m.members, path, depth + 1));
    if (m.kind === 'list' && m.item !== undefined) {
      out.push({ path: [...path, 0], info: m.item });
      if (m.item.kind === 'structure' && m.item.members !== undefined) out.push(...memberPaths(m.item.members, [...path, 0], depth + 1));
    }
  }
  return out;
}

// ---------------------------------------------------------------- plausible values

const SMALL_TEXT = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_.'.split('')) });

function plausibleString(name: string, info: MemberInfo, cat: Catalog): fc.Arbitrary<unknown> {
  const missingKey = 'arn:aws:kms:us-east-1:123456789012:key/00000000-0000-4000-8000-000000000000';
  switch (name) {
    case 'StreamName':
    case 'ExclusiveStartStreamName':
      return fc.constantFrom(...cat.streamNames, ...cat.missingNames);
    case 'StreamARN':
      return fc.constantFrom(...cat.streamArns, `arn:aws:kinesis:${cat.region}:${cat.accountId}:stream/fz-missing`);
    case 'KinesisStreamARN':
      return fc.constantFrom(...cat.streamArns);
    case 'StreamId':
      return fc.constantFrom('abcdefghij0123456789-abc', 'a1b2c3d4e5f6g7h8i9j0-xyz');
    case 'KeyId':
    case 'TargetKeyId':
      return fc.constantFrom(...cat.keyIds, ...cat.keyArns, ...cat.aliasNames, ...cat.aliasArns, 'alias/fz-missing', missingKey);
    case 'KeyARN':
      return fc.constantFrom(...cat.keyArns, ...cat.aliasArns, missingKey);
    case 'DeliveryStreamName':
    case 'ExclusiveStartDeliveryStreamName':
      return fc.constantFrom(...cat.deliveryStreamNames, ...cat.missingNames);
    case 'AliasName':
      return fc.oneof(fc.constantFrom(...cat.aliasNames), SMALL_TEXT.map((s) => `alias/fz-new-${s}`));
    case 'ShardIterator':
      return fc.constantFrom(...cat.iterators, forgedIterator(cat.streamArns[0]!, 1, 0n, FUZZ_START + 60_000_000));
    case 'ShardId':
    case 'ExclusiveStartShardId':
      return fc.constantFrom('shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002', 'shardId-000000000009', '0', '1');
    case 'ExplicitHashKey':
      return fc.constantFrom('0', '1', '170141183460469231731687303715884105727', '340282366920938463463374607431768211455');
    case 'StartingSequenceNumber':
    case 'SequenceNumberForOrdering':
      return fc.constantFrom('0', '1', '49590338271490256608559692538361571095921575989136588898');
    case 'NextToken':
      return fc.constantFrom(...cat.kinesisTokens);
    case 'Marker':
      return cat.kmsMarkers.length > 0 ? fc.constantFrom(...cat.kmsMarkers) : SMALL_TEXT;
    case 'RoleARN':
      return fc.constant(`arn:aws:iam::${cat.accountId}:role/fz-role`);
    case 'BucketARN':
      return fc.constant('arn:aws:s3:::fz-bucket');
    case 'ExclusiveStartDestinationId':
      return fc.constantFrom('destinationId-000000000001', 'destinationId-000000000002');
    case 'Origin':
      return fc.constant('AWS_KMS');
    default:
      return info.enum !== undefined && info.enum.length > 0 ? fc.constantFrom(...info.enum) : SMALL_TEXT;
  }
}

function plausibleNumber(info: MemberInfo): fc.Arbitrary<number> {
  switch (info.name) {
    case 'ShardCount':
      return fc.integer({ min: 1, max: 3 });
    case 'PendingWindowInDays':
      return fc.integer({ min: 7, max: 30 });
    case 'Limit':
      return fc.integer({ min: 1, max: 6 });
    default:
      return fc.integer({ min: info.min ?? 1, max: Math.min(info.max ?? 100, 100) });
  }
}

function plausibleValue(info: MemberInfo, cat: Catalog, depth: number): fc.Arbitrary<unknown> {
  switch (info.kind) {
    case 'string':
      return plausibleString(info.name, info, cat);
    case 'integer':
    case 'long':
    case 'double':
      return plausibleNumber(info);
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      return fc.integer({ min: -600_000, max: 3_600_000 }).map((d) => new Date(FUZZ_START + d));
    case 'blob':
      return fc.uint8Array({ maxLength: 24 });
    case 'list':
      return fc.array(plausibleValue(info.item!, cat, depth + 1), { minLength: 1, maxLength: 3 });
    case 'map':
      return fc.dictionary(SMALL_TEXT, plausibleValue(info.item!, cat, depth + 1), { maxKeys: 3 });
    case 'structure':
      return plausibleStructure(info.members ?? [], cat, depth + 1);
    default:
      return fc.constant({ Note: 'document' });
  }
}

function plausibleStructure(members: readonly MemberInfo[], cat: Catalog, depth: number): fc.Arbitrary<Input> {
  const optionalWeight = depth === 0 ? 1 : 4; // 1 in 2 at the top, 1 in 5 below
  const entries = members.map((m) => {
    const value = plausibleValue(m, cat, depth);
    return m.required ? value : fc.option(value, { nil: undefined, freq: optionalWeight });
  });
  return fc.tuple(...entries).map((values) => {
    const out: Input = {};
    members.forEach((m, i) => {
      if (values[i] !== undefined) out[m.name] = values[i];
    });
    return out;
  });
}

/** Operations whose plausible input needs more than its required members to be accepted. */
function plausibleInput(op: OperationInfo, cat: Catalog): fc.Arbitrary<Input> {
  if (op.service === 'firehose' && op.name === 'CreateDeliveryStream') {
    return fc
      .record({
        name: fc.oneof(fc.constantFrom(...cat.deliveryStreamNames), SMALL_TEXT.map((s) => `fz-new-${s}`)),
        source: fc.boolean(),
        encryption: fc.option(fc.constantFrom<Input>({ KeyType: 'AWS_OWNED_CMK' }, { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: cat.keyArns[0]! }, { KeyType: 'CUSTOMER_MANAGED_CMK' }), { nil: undefined }),
      })
      .map(({ name, source, encryption }) => ({
        DeliveryStreamName: name,
        ...(source
          ? { DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: { KinesisStreamARN: cat.streamArns[0]!, RoleARN: `arn:aws:iam::${cat.accountId}:role/fz-role` } }
          : { DeliveryStreamType: 'DirectPut' }),
        ...(encryption === undefined ? {} : { DeliveryStreamEncryptionConfigurationInput: encryption }),
        ExtendedS3DestinationConfiguration: { RoleARN: `arn:aws:iam::${cat.accountId}:role/fz-role`, BucketARN: 'arn:aws:s3:::fz-bucket' },
      }));
  }
  if (op.service === 'kinesis' && op.name === 'CreateStream') {
    return fc.record({ StreamName: fc.oneof(fc.constantFrom(...cat.streamNames), SMALL_TEXT.map((s) => `fz-new-${s}`)), ShardCount: fc.integer({ min: 1, max: 3 }) });
  }
  return plausibleStructure(op.members, cat, 0);
}

// ---------------------------------------------------------------- hostile variants, by class

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

function pathsOf(op: OperationInfo, kinds?: readonly string[]): { path: Path; info: MemberInfo }[] {
  const all = memberPaths(op.members);
  return kinds === undefined ? all : all.filter((p) => kinds.includes(p.info.kind));
}

/** A member path to edit: one of the given kinds when the operation has one, else any member, else a new top-level member. */
function targetPath(op: OperationInfo, kinds?: readonly string[]): fc.Arbitrary<Path> {
  const some = pathsOf(op, kinds);
  const any = some.length > 0 ? some : pathsOf(op);
  return any.length > 0 ? pick(any.map((p) => p.path)) : fc.constant(['Extra']);
}

const nullMembers = (op: OperationInfo): fc.Arbitrary<Variant> =>
  fc.oneof(
    fc.uniqueArray(targetPath(op), { minLength: 1, maxLength: 3, selector: (p) => p.join('.') }).map((paths) => ({
      note: `null at ${paths.map((p) => p.join('.')).join(', ')}`,
      edit: (input: Input) => {
        for (const p of paths) setPath(input, p, null);
        return input;
      },
    })),
    targetPath(op, ['list']).map((path) => ({
      note: `a null entry in ${path.join('.')}`,
      edit: (input: Input) => {
        const list = getPath(input, path);
        setPath(input, path, Array.isArray(list) ? [...list, null] : [null]);
        return input;
      },
    })),
    fc.constant({ note: 'input null', edit: () => null }),
  );

function wrongTypeFor(kind: string): readonly unknown[] {
  const common = [true, { Wrong: 1 }, [1, 2], new Date(0)];
  switch (kind) {
    case 'string':
      return [5, 0, -1, ...common, new Uint8Array([65])];
    case 'integer':
    case 'long':
    case 'double':
      return ['5', '', true, [], { N: 1 }, new Date(5)];
    case 'boolean':
      return ['true', 1, 0, [], {}];
    case 'blob':
      return [5, true, { Data: 1 }, [1, 2, 3], new Date(0)];
    case 'timestamp':
      return ['2026-01-01T00:00:00Z', 'yesterday', true, {}, []];
    case 'list':
      return ['Records', 5, { 0: 'a' }, true, new Uint8Array(2)];
    case 'map':
      return ['tags', 5, ['a'], true];
    case 'structure':
      return ['config', 5, [{ KeyType: 'KMS' }], true, new Uint8Array(3)];
    default:
      return [Symbol.for('fuzz').toString(), 5];
  }
}

const wrongTypes = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const paths = pathsOf(op).filter((p) => p.info.kind !== 'document'); // a document takes any JSON type
  const member =
    paths.length === 0
      ? fc.constant<Variant>({ note: 'no members', edit: (i) => i })
      : pick(paths).chain(({ path, info }) =>
          fc.integer({ min: 0, max: wrongTypeFor(info.kind).length - 1 }).map((k) => ({
            note: `${path.join('.')} (${info.kind}) as ${String(typeof wrongTypeFor(info.kind)[k])} #${k}`,
            edit: (input: Input) => {
              setPath(input, path, clonePlain(wrongTypeFor(info.kind)[k]));
              return input;
            },
          })),
        );
  return fc.oneof(
    { arbitrary: member, weight: 6 },
    pick<unknown>([5, 'input', [], [{}], true, new Uint8Array(4), new Date(0)]).map((v) => ({ note: `input is ${String(v)}`, edit: () => clonePlain(v) })),
  );
};

const FRACTIONS: readonly number[] = [1.5, 0.5, -1.5, 2.000001, NaN, Infinity, -Infinity, 1e300, -0, 2 ** 31, 2 ** 53 + 2, -(2 ** 31) - 1, Number.MIN_VALUE];

const fractions = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const numeric = pathsOf(op, ['integer', 'long', 'double']);
  const timestamps = pathsOf(op, ['timestamp']);
  const options: fc.Arbitrary<Variant>[] = [];
  if (numeric.length > 0) {
    options.push(
      fc.tuple(pick(numeric.map((p) => p.path)), pick(FRACTIONS)).map(([path, v]) => ({
        note: `${path.join('.')} = ${Object.is(v, -0) ? '-0' : String(v)}`,
        edit: (input: Input) => {
          setPath(input, path, v);
          return input;
        },
      })),
    );
  }
  if (timestamps.length > 0) {
    options.push(
      fc.tuple(pick(timestamps.map((p) => p.path)), pick<unknown>([NaN, Infinity, 1.5, -1e20, 'NaN'])).map(([path, v]) => ({
        note: `${path.join('.')} = ${String(v)} (as Date when a number)`,
        edit: (input: Input) => {
          setPath(input, path, typeof v === 'number' && !Number.isFinite(v) ? new Date(v) : v);
          return input;
        },
      })),
    );
  }
  // Where no number belongs, the same values as an unknown member and in a string member.
  options.push(
    fc.tuple(targetPath(op, ['string']), pick(FRACTIONS)).map(([path, v]) => ({
      note: `${path.join('.')} = ${String(v)} (a number where a string belongs)`,
      edit: (input: Input) => {
        setPath(input, path, v);
        return input;
      },
    })),
  );
  return fc.oneof(...options);
};

export function unparseableValues(name: string, cat: Catalog): readonly string[] {
  const acct = cat.accountId;
  const r = cat.region;
  switch (name) {
    case 'StreamARN':
    case 'KinesisStreamARN':
      return [
        `arn:aws:x:kinesis:${r}:${acct}:stream/fz-plain`,
        `arn:aws:kinesis::${acct}:stream/fz-plain`,
        `arn:aws:kinesis:${r}:${acct}:stream/fz-plain/extra`,
        `arn:aws:kinesis:${r}:${acct}:stream/fz-plain:stream/x`,
        `arn:aws-cn:kinesis:${r}:${acct}:stream/fz-plain`,
        `arn:aws:kinesis:${r}:999999999999:stream/fz-plain`,
        `arn:aws:kinesis:${cat.otherRegion}:${acct}:stream/fz-far`,
        `arn:aws:kinesis:not a region:${acct}:stream/fz-plain`,
        `arn:aws:kinesis:${r}:${acct}:stream/\u00e9\u00e8`,
        `arn:aws:kinesis:${r}:${acct}:stream/${'a'.repeat(200)}`,
        `arn:aws:kinesis:${r}:${acct}:stream/..`,
        `arn:aws:kinesis:${r}:${acct}:stream/fz-plain\u0000`,
      ];
    case 'ShardIterator': {
      const header = [0, 0, 0, 0, 0, 0, 0, 1];
      const raw = (bytes: readonly number[]): string => base64Encode(Uint8Array.from([...header, ...bytes]));
      const arn = cat.streamArns[0]!;
      return [
        raw([0xff, 0xfe, 0xfd, 0x80]),
        raw([...utf8Bytes('0|0|0|1767225600000|'), 0xc3, 0x28]),
        raw([...utf8Bytes('0|0|0|1767225600000|arn:'), 0xed, 0xa0, 0x80]),
        base64Encode(Uint8Array.from(header)),
        'AAAAAAAAAAE=',
        'AAAAAAAAAAE',
        '!!!!',
        forgedIterator(cat.streamArns[1]!, 0, 0n, FUZZ_START),
        forgedIterator(`arn:aws:kinesis:${r}:${acct}:stream/fz-missing`, 0, 0n, FUZZ_START),
        forgedIterator(`arn:aws:kinesis:${cat.otherRegion}:${acct}:stream/fz-far`, 0, 0n, FUZZ_START),
        forgedIterator(arn, 99, 0n, FUZZ_START),
        forgedIterator(arn, 0, 10n ** 40n, FUZZ_START),
        forgedIterator(arn, 0, 0n, 9e15),
        forgedIterator(arn, 0, 0n, -9e15),
        forgedIterator(arn, 2 ** 40, 0n, FUZZ_START, 2 ** 53 + 7),
        forgedIterator('arn:', 0, 0n, FUZZ_START),
        forgedIterator(`arn:aws:x:kinesis:${r}:${acct}:stream/fz-plain`, 0, 0n, FUZZ_START),
        base64Encode(Uint8Array.from([...header, ...utf8Bytes(`1e3|0|0|${FUZZ_START}|${arn}`)])),
        base64Encode(Uint8Array.from([...header, ...utf8Bytes(`${'9'.repeat(400)}|${'9'.repeat(400)}|0|${'9'.repeat(400)}|${arn}`)])),
      ];
    }
    case 'NextToken':
      return [
        base64Encode(Uint8Array.from([0xff, 0xfe, 0x00, 0xc3])),
        base64Encode(utf8Bytes('kinesis-sse-harness:ListStreams:')),
        base64Encode(utf8Bytes('kinesis-sse-harness:ListStreams:fz-missing')),
        base64Encode(Uint8Array.from([...utf8Bytes('kinesis-sse-harness:ListStreams:'), 0xed, 0xb0, 0x80])),
        'a2luZXNpcw',
        '====',
        '\u00ff\u00ff',
      ];
    case 'Marker':
      return ['\u00ff\u00fe\u00e9', 'A', 'AB', '====', 'YWxpYXMvZnotbWlzc2luZw', '_-_-', 'ÿ'.repeat(1024), '////', '\u0020'];
    case 'KeyId':
    case 'TargetKeyId':
    case 'KeyARN':
      return [
        `arn:aws:kms:${r}:${acct}:key/`,
        'arn:aws:kms:::key/x',
        `arn:aws:kms:${r}:${acct}:alias/`,
        'alias/',
        'alias/aws/',
        `arn:aws:kms:${r}:${acct}:alias/aws/`,
        'mrk-',
        `arn:aws:x:kms:${r}:${acct}:key/${cat.keyIds[0]!}`,
        `arn:aws:kms:${cat.otherRegion}:${acct}:key/${cat.keyIds[0]!}`,
        `arn:aws:kms:${r}:999999999999:key/${cat.keyIds[0]!}`,
        cat.keyIds[0]!.toUpperCase(),
        `${cat.keyIds[0]!} `,
        `arn:aws:kms:${r}:${acct}:key/${cat.keyIds[0]!}/extra`,
        'arn:aws:kms',
        `arn:aws:kms:${r}:${acct}:stream/fz-plain`,
        cat.streamArns[0]!,
      ];
    case 'AliasName':
      return ['alias/', 'alias/aws/', 'alias/aws/kinesis', 'alias/aws/x', 'alias//x', 'alias/\u00e9', 'ALIAS/x', 'alias/fz-enabled'];
    case 'ExclusiveStartDestinationId':
      return ['destinationId-000000000099', 'destinationId-', 'destinationId-00000000000\u0000', '-1'];
    case 'ExclusiveStartDeliveryStreamName':
    case 'ExclusiveStartStreamName':
    case 'ExclusiveStartShardId':
      return ['\u0000', 'zzzzzz', '~', 'shardId-999999999999', 'shardId-00000000000a'];
    case 'StreamId':
      return ['abcdefghij0123456789-ab', 'aaaaaaaaaaaaaaaaaaaa-aaa', 'ABCDEFGHIJ0123456789-ABC'];
    case 'StartingSequenceNumber':
    case 'ExplicitHashKey':
      return ['99999999999999999999999999999999999999999999', '340282366920938463463374607431768211456', '00', '-1', '1e5'];
    default:
      return [];
  }
}

const validateButUnparseable = (op: OperationInfo, cat: Catalog): fc.Arbitrary<Variant> => {
  const targets = pathsOf(op, ['string'])
    .map((p) => ({ path: p.path, values: unparseableValues(p.info.name, cat) }))
    .filter((t) => t.values.length > 0);
  if (targets.length === 0) {
    return pick(unparseableValues('StreamARN', cat)).map((v) => ({
      note: `an unparseable ARN as unknown member StreamARN (${v})`,
      edit: (input: Input) => ({ ...input, StreamARN: v }),
    }));
  }
  return pick(targets).chain((t) =>
    pick(t.values).map((v) => ({
      note: `${t.path.join('.')} = ${JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v)}`,
      edit: (input: Input) => {
        setPath(input, t.path, v);
        return input;
      },
    })),
  );
};

const protoKeys = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const structures = pathsOf(op, ['structure']).map((p) => p.path);
  const options: fc.Arbitrary<Variant>[] = [
    fc.constant({
      note: 'every member moved under an own __proto__ key',
      edit: (input: Input) => {
        const out: Input = {};
        defineOwn(out, '__proto__', input);
        return out;
      },
    }),
    fc.constant({
      note: 'an own __proto__ key with a polluting member, as JSON.parse makes it',
      edit: (input: Input) => {
        const parsed = JSON.parse('{"__proto__": {"polluted": "yes", "toString": "x", "StreamName": "fz-plain", "KeyId": "alias/fz-enabled"}}') as Input;
        for (const k of Object.keys(input)) defineOwn(parsed, k, input[k]);
        return parsed;
      },
    }),
    fc.constant({
      note: 'constructor.prototype and prototype members',
      edit: (input: Input) => {
        defineOwn(input, 'constructor', { prototype: { polluted: 'yes' } });
        defineOwn(input, 'prototype', { polluted: 'yes' });
        return input;
      },
    }),
  ];
  if (structures.length > 0) {
    options.push(
      pick(structures).map((path) => ({
        note: `${path.join('.')} given only through an own __proto__ key`,
        edit: (input: Input) => {
          const inner = getPath(input, path);
          const wrapped = {};
          defineOwn(wrapped, '__proto__', inner ?? { KeyType: 'CUSTOMER_MANAGED_CMK', Data: new Uint8Array(1) });
          setPath(input, path, wrapped);
          return input;
        },
      })),
    );
  }
  return fc.oneof(...options);
};

function vandalize(value: unknown, seen = new Set<object>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    bytes.fill(0xee);
    return;
  }
  if (value instanceof Date) {
    value.setTime(0);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) vandalize(v, seen);
    value.push('vandal');
    return;
  }
  for (const k of Object.keys(value)) {
    const v = (value as Input)[k];
    vandalize(v, seen);
    if (v === null || typeof v !== 'object') (value as Input)[k] = typeof v === 'number' ? -1 : 'vandal';
  }
}

function detachAll(value: unknown, seen = new Set<object>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const buffer = value.buffer;
    if (buffer instanceof ArrayBuffer && !isDetached(buffer)) structuredClone(buffer, { transfer: [buffer] });
    return;
  }
  for (const k of Object.keys(value)) detachAll((value as Input)[k], seen);
}

const VANDALIZE: AfterCall = {
  label: 'answer and input vandalized after the call (bytes overwritten, members replaced, lists grown)',
  apply: (input, answer) => {
    vandalize(answer);
    vandalize(input);
  },
};
const DETACH: AfterCall = {
  label: "every buffer of the input and the answer detached after the call",
  apply: (input, answer) => {
    detachAll(answer);
    detachAll(input);
  },
};

const buffers = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const blobs = pathsOf(op, ['blob']).map((p) => p.path);
  const makers: readonly [string, () => unknown][] = [
    ['a detached Uint8Array', () => detached(16)],
    ['a view at offset 3 into a larger buffer', () => new Uint8Array(new ArrayBuffer(64), 3, 10).fill(3)],
    ['a Uint8Array over a SharedArrayBuffer', () => new Uint8Array(new SharedArrayBuffer(8)).fill(5)],
    ['a Node Buffer', () => Buffer.from('hello')],
    ['an Int32Array', () => new Int32Array([1, -1])],
    ['a Float64Array', () => new Float64Array([NaN])],
    ['a DataView', () => new DataView(new ArrayBuffer(4))],
    ['an ArrayBuffer', () => new ArrayBuffer(4)],
    ['an empty Uint8Array', () => new Uint8Array(0)],
    ['a Uint8ClampedArray', () => new Uint8ClampedArray([300 as number])],
  ];
  const options: fc.Arbitrary<Variant>[] = [
    pick([VANDALIZE, DETACH]).map((after) => ({ note: 'plausible input, then vandalized', edit: (i: Input) => i, after })),
    fc.tuple(targetPath(op, ['structure', 'list', 'string']), pick(makers)).map(([path, [what, make]]) => ({
      note: `${path.join('.')} = ${what}`,
      edit: (input: Input) => {
        setPath(input, path, make());
        return input;
      },
    })),
  ];
  if (blobs.length > 0) {
    options.push(
      fc.tuple(pick(blobs), pick(makers), fc.option(pick([VANDALIZE, DETACH]), { nil: undefined })).map(([path, [what, make], after]) => ({
        note: `${path.join('.')} = ${what}`,
        edit: (input: Input) => {
          setPath(input, path, make());
          return input;
        },
        ...(after === undefined ? {} : { after }),
      })),
    );
  }
  return fc.oneof(...options);
};

const slow = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const lists = pathsOf(op, ['list']).map((p) => p.path);
  const options: fc.Arbitrary<Variant>[] = [
    fc.tuple(targetPath(op, ['string']), pick(['a', '\u00e9', '/', 'arn:aws:kinesis:', '\ud800'])).map(([path, unit]) => ({
      note: `${path.join('.')} = 300,000 characters of ${JSON.stringify(unit)}`,
      edit: (input: Input) => {
        setPath(input, path, unit.repeat(Math.ceil(300_000 / unit.length)).slice(0, 300_000));
        return input;
      },
    })),
    targetPath(op, ['structure', 'list', 'map', 'string']).map((path) => ({
      note: `${path.join('.')} = a 10 MiB typed array`,
      edit: (input: Input) => {
        setPath(input, path, new Uint8Array(10 * MiB));
        return input;
      },
    })),
    fc.constant({
      note: 'a 300,000-character member name',
      edit: (input: Input) => {
        defineOwn(input, 'K'.repeat(300_000), 'v');
        return input;
      },
    }),
    fc.constant({
      note: '100,000 unknown members',
      edit: (input: Input) => {
        for (let i = 0; i < 100_000; i++) input[`m${i}`] = i;
        return input;
      },
    }),
  ];
  if (lists.length > 0) {
    options.push(
      pick(lists).map((path) => ({
        note: `${path.join('.')} with 100,000 entries`,
        edit: (input: Input) => {
          const first = (getPath(input, path) as unknown[] | undefined)?.[0] ?? 'x';
          setPath(input, path, Array.from({ length: 100_000 }, () => clonePlain(first)));
          return input;
        },
      })),
    );
  }
  return fc.oneof(...options);
};

/** What each operation takes that the world does not model, as AWS would accept or refuse it. */
function unmodelled(op: OperationInfo): readonly (readonly [string, Input])[] {
  const key = `${op.service}.${op.name}`;
  switch (key) {
    case 'kms.CreateKey':
      return [
        ['Origin EXTERNAL', { Origin: 'EXTERNAL' }],
        ['Origin AWS_CLOUDHSM with a key store', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: 'cks-1234567890abcdef0' }],
        ['Origin EXTERNAL_KEY_STORE with XksKeyId', { Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: 'cks-1234567890abcdef0', XksKeyId: 'xks-key-1' }],
        ['CustomKeyStoreId alone', { CustomKeyStoreId: 'cks-1234567890abcdef0' }],
        ['XksKeyId alone', { XksKeyId: 'xks-key-1' }],
        ['Origin lower case', { Origin: 'external' }],
        ['Origin EXTERNAL, multi-Region HMAC', { Origin: 'EXTERNAL', MultiRegion: true, KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }],
        ['SM2 key', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' }],
        ['a policy and lockout bypass', { Policy: '{"Version":"2012-10-17"}', BypassPolicyLockoutSafetyCheck: true }],
        ['CustomerMasterKeySpec with KeySpec', { CustomerMasterKeySpec: 'RSA_2048', KeySpec: 'SYMMETRIC_DEFAULT' }],
      ];
    case 'kinesis.CreateStream':
      return [
        ['ON_DEMAND', { StreamModeDetails: { StreamMode: 'ON_DEMAND' } }],
        ['ON_DEMAND with a shard count', { StreamModeDetails: { StreamMode: 'ON_DEMAND' }, ShardCount: 2 }],
        ['warm throughput and record size', { WarmThroughputMiBps: 10, MaxRecordSizeInKiB: 4096 }],
        ['tags', { Tags: { team: 'fuzz' } }],
      ];
    case 'firehose.CreateDeliveryStream':
      return [
        ['MSKAsSource', { DeliveryStreamType: 'MSKAsSource', MSKSourceConfiguration: { MSKClusterARN: 'arn:aws:kafka:us-east-1:123456789012:cluster/c/1', TopicName: 't' } }],
        ['DatabaseAsSource', { DeliveryStreamType: 'DatabaseAsSource' }],
        ['a Redshift destination', { RedshiftDestinationConfiguration: { RoleARN: 'arn:aws:iam::123456789012:role/r', ClusterJDBCURL: 'jdbc:redshift://x', CopyCommand: { DataTableName: 't' } } }],
        ['DirectPutSourceConfiguration', { DirectPutSourceConfiguration: { ThroughputHintInMBs: 5 } }],
        ['two destinations', { S3DestinationConfiguration: { RoleARN: 'arn:aws:iam::123456789012:role/r', BucketARN: 'arn:aws:s3:::b' } }],
      ];
    case 'kinesis.PutRecord':
    case 'kinesis.PutRecords':
    case 'kinesis.GetRecords':
    case 'kinesis.GetShardIterator':
      return [['DryRun', { DryRun: true }], ['StreamId', { StreamId: 'abcdefghij0123456789-abc' }]];
    case 'firehose.DeleteDeliveryStream':
      return [['AllowForceDelete', { AllowForceDelete: true }]];
    case 'kms.ListGrants':
      return [['GrantId and grantee', { GrantId: 'a'.repeat(64), GranteePrincipal: 'firehose.amazonaws.com' }]];
    case 'kms.DescribeKey':
      return [['GrantTokens', { GrantTokens: ['token'] }]];
    default:
      return [];
  }
}

const unmodelledOrigins = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const cases = unmodelled(op);
  if (cases.length === 0) return fc.constant({ note: 'no unmodelled member: plausible', edit: (i: Input) => i });
  return pick(cases).map(([note, extra]) => ({
    note,
    edit: (input: Input) => {
      for (const [k, v] of Object.entries(clonePlain(extra) as Input)) input[k] = v;
      return input;
    },
  }));
};

const EDGE_STRINGS: readonly (readonly [string, (max: number) => string])[] = [
  ['empty', () => ''],
  ['max+1 characters', (max) => 'a'.repeat(max + 1)],
  ['129 characters', () => 's'.repeat(129)],
  ['2049 characters', () => 'k'.repeat(2049)],
  ['NUL', () => 'a\u0000b'],
  ['newline and tab', () => 'a\nb\tc'],
  ['DEL and C1 controls', () => '\u007f\u0085\u009f'],
  ['a lone high surrogate', () => 'a\ud800b'],
  ['a lone low surrogate', () => '\udc00'],
  ['astral characters', () => '😀😀'],
  ['a space', () => ' '],
  ['right-to-left override', () => '\u202efz-plain'],
  ['BOM', () => '\ufefffz-plain'],
  ['a trailing space', () => 'fz-plain '],
];

const stringsEdge = (op: OperationInfo): fc.Arbitrary<Variant> =>
  fc.tuple(fc.constantFrom(...pathsOf(op, ['string', 'blob']).map((p) => p), { path: ['Extra'] as Path, info: { name: 'Extra', kind: 'string', required: false } as MemberInfo }), pick(EDGE_STRINGS)).map(
    ([{ path, info }, [what, make]]) => ({
      note: `${path.join('.')} = ${what}`,
      edit: (input: Input) => {
        setPath(input, path, make(info.max ?? 256));
        return input;
      },
    }),
  );

const UNKNOWN_NAMES = ['Foo', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'then', 'length', '0', '', ' ', '$metadata', 'streamName', 'STREAMNAME', 'keyId'];

const unknownMembers = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const containers = [[] as Path, ...pathsOf(op, ['structure']).map((p) => p.path)];
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.constant(undefined), fc.constant(new Uint8Array(3)));
  return fc.oneof(
    fc.tuple(pick(containers), pick(UNKNOWN_NAMES), value).map(([path, name, v]) => ({
      note: `unknown member ${JSON.stringify(name)} at ${path.length === 0 ? 'top' : path.join('.')}`,
      edit: (input: Input) => {
        const container = path.length === 0 ? input : getPath(input, path);
        if (container !== null && typeof container === 'object') defineOwn(container, name, clonePlain(v));
        else setPath(input, [...path, name], clonePlain(v));
        return input;
      },
    })),
    fc.constant({
      note: 'input without a prototype',
      edit: (input: Input) => Object.assign(Object.create(null) as Input, input),
    }),
    fc.constant({
      note: 'input with a prototype holding members',
      edit: (input: Input) => Object.assign(Object.create({ StreamName: 'fz-plain', Limit: 1.5 }) as Input, input),
    }),
  );
};

const DEPTHS = [20, 100, 1_000, 5_000, 8_000, 10_000] as const;

const deepOrCyclic = (op: OperationInfo): fc.Arbitrary<Variant> => {
  const target = fc.oneof(targetPath(op), fc.constant<Path>(['Extra']));
  return fc.oneof(
    fc.tuple(target, pick(DEPTHS), pick(['object', 'array', 'mixed'] as const)).map(([path, depth, kind]) => ({
      note: `${path.join('.')} nested ${depth} levels deep (${kind})`,
      edit: (input: Input) => {
        setPath(input, path, deepValue(depth, kind, 'leaf'));
        return input;
      },
    })),
    fc.tuple(target, pick(['object', 'array', 'indirect'] as const)).map(([path, kind]) => ({
      note: `${path.join('.')} cyclic (${kind})`,
      edit: (input: Input) => {
        setPath(input, path, cyclic(kind));
        return input;
      },
    })),
    fc.constant({
      note: 'the input contains itself',
      edit: (input: Input) => {
        input['Self'] = input;
        return input;
      },
    }),
    pick(DEPTHS).map((depth) => ({ note: `the input is a list nested ${depth} deep`, edit: () => deepValue(depth, 'array', {}) })),
  );
};

// ---------------------------------------------------------------- assembling calls

const ADVANCE = fc.oneof(
  { arbitrary: fc.constant(0), weight: 10 },
  { arbitrary: fc.integer({ min: 1, max: 2_000 }), weight: 4 },
  { arbitrary: fc.integer({ min: 2_000, max: 40_000 }), weight: 4 },
  { arbitrary: fc.integer({ min: 40_000, max: 400_000 }), weight: 1 },
  { arbitrary: fc.constant(86_400_000), weight: 1 },
);

type VariantMaker = (op: OperationInfo, cat: Catalog) => fc.Arbitrary<Variant>;

const MAKERS: Readonly<Record<GeneratorName, VariantMaker>> = {
  plausible: () => fc.constant({ note: 'plausible', edit: (i: Input) => i }),
  deepOrCyclic,
  nullMembers,
  fractions,
  validateButUnparseable,
  protoKeys,
  buffers,
  slow,
  unmodelledOrigins,
  wrongTypes,
  stringsEdge,
  unknownMembers,
};

/** Operations a class applies to (every operation unless it only concerns some). */
function operationsFor(name: GeneratorName, service: Service): OperationInfo[] {
  const ops = serviceOperations(service);
  if (name === 'unmodelledOrigins') return ops.filter((op) => unmodelled(op).length > 0);
  if (name === 'fractions') {
    const numeric = ops.filter((op) => pathsOf(op, ['integer', 'long', 'double', 'timestamp']).length > 0);
    return numeric.length > 0 ? numeric : ops;
  }
  return ops;
}

/** The calls of one generator for one operation. */
export function operationCalls(name: GeneratorName, service: Service, operation: string, cat: Catalog): fc.Arbitrary<FuzzCall> {
  const op = operationInfo(service, operation);
  return fc.tuple(plausibleInput(op, cat), MAKERS[name](op, cat), ADVANCE).map(([base, variant, advanceMs]) => ({
    service,
    operation,
    generator: name,
    advanceMs,
    note: variant.note,
    make: () => variant.edit(clonePlain(base) as Input),
    ...(variant.after === undefined ? {} : { after: variant.after }),
  }));
}

/** One named generator for a service: its class of hostile input for every operation it applies to. */
export function generator(name: GeneratorName, service: Service, cat: Catalog): fc.Arbitrary<FuzzCall> {
  return fc.oneof(...operationsFor(name, service).map((op) => operationCalls(name, service, op.name, cat)));
}

/** Every named generator of a service. */
export function generators(service: Service, cat: Catalog): Readonly<Record<GeneratorName, fc.Arbitrary<FuzzCall>>> {
  const out = {} as Record<GeneratorName, fc.Arbitrary<FuzzCall>>;
  for (const name of GENERATOR_NAMES) out[name] = generator(name, service, cat);
  return out;
}

/** How often each class is drawn: plausible calls often (they move state), slow ones rarely (they are slow by design). */
const WEIGHTS: Readonly<Record<GeneratorName, number>> = {
  plausible: 12,
  deepOrCyclic: 3,
  nullMembers: 4,
  fractions: 3,
  validateButUnparseable: 5,
  protoKeys: 3,
  buffers: 4,
  slow: 1,
  unmodelledOrigins: 2,
  wrongTypes: 4,
  stringsEdge: 4,
  unknownMembers: 3,
};

/** The calls of a service: every generator, weighted. */
export function fuzzCalls(service: Service, cat: Catalog): fc.Arbitrary<FuzzCall> {
  const all = generators(service, cat);
  return fc.oneof(...GENERATOR_NAMES.map((name) => ({ arbitrary: all[name], weight: WEIGHTS[name] })));
}
