import { describe, expect, it } from 'vitest';
import { kinesisOperations } from '../../../src/model/kinesis/operations';
import { KMS_USING_OPERATIONS } from '../../../src/model/kinesis/rules';
import type { Shape, StructureShape } from '../../../src/model/shape';
import { createModelWorld } from '../../../src/model/world';

// The SDK's schemas (Smithy "schema" arrays): a structure is [3, ns, name, traits, memberNames, memberSchemas, ...],
// a list [1, ns, name, traits, member], an operation [9, ns, name, traits, () => input, () => output]; a
// simple member is a number: 4-7 timestamp, 21/42 blob, `64 | t` a list of t, `128 | t` a map of t.
type SdkSchema = unknown;
// The package publishes no types for this file; a non-literal specifier keeps TypeScript from asking for them.
const SCHEMAS: string = '@aws-sdk/client-kinesis/dist-es/schemas/schemas_0.js';
const registry = (await import(SCHEMAS)) as Record<string, SdkSchema>;

function deref(s: SdkSchema): SdkSchema {
  let v = s;
  for (;;) {
    if (typeof v === 'function') v = (v as () => unknown)();
    else if (Array.isArray(v) && v.length === 2) v = v[0]; // [schema, traits]
    else return v;
  }
}

type Kind = 'timestamp' | 'blob';
const kindOf = (n: number): Kind | undefined => (n >= 4 && n <= 7 ? 'timestamp' : n === 21 || n === 42 ? 'blob' : undefined);

/** Every member path of an SDK schema, with the kind of the timestamp and blob members. */
function sdkPaths(s: SdkSchema, path: string, out: Map<string, Kind | undefined>, depth = 0): void {
  const v = deref(s);
  if (depth > 8) return;
  if (typeof v === 'number') {
    if (v & 64) sdkPaths(v & ~64, `${path}[]`, out, depth + 1);
    else if (v & 128) sdkPaths(v & ~128, `${path}{}`, out, depth + 1);
    else out.set(path, kindOf(v));
    return;
  }
  if (!Array.isArray(v)) return;
  if (v[0] === 3) {
    out.set(path, undefined);
    const names = v[4] as string[];
    const members = v[5] as SdkSchema[];
    names.forEach((name, i) => sdkPaths(members[i], path === '' ? name : `${path}.${name}`, out, depth + 1));
  } else if (v[0] === 1) sdkPaths(v[4], `${path}[]`, out, depth + 1);
  else if (v[0] === 2) sdkPaths(v[5], `${path}{}`, out, depth + 1);
}

function sdkStructure(s: SdkSchema): Map<string, Kind | undefined> {
  const out = new Map<string, Kind | undefined>();
  sdkPaths(s, '', out);
  out.delete('');
  return out;
}

function ourPaths(shape: Shape, path: string, out: Map<string, Kind | undefined>): void {
  switch (shape.type) {
    case 'structure':
      if (path !== '') out.set(path, undefined);
      for (const [name, member] of Object.entries(shape.members)) ourPaths(member, path === '' ? name : `${path}.${name}`, out);
      return;
    case 'list':
      ourPaths(shape.member, `${path}[]`, out);
      return;
    case 'map':
      ourPaths(shape.value, `${path}{}`, out);
      return;
    default:
      out.set(path, shape.type === 'timestamp' || shape.type === 'blob' ? shape.type : undefined);
  }
}

function ours(shape: StructureShape): Map<string, Kind | undefined> {
  const out = new Map<string, Kind | undefined>();
  ourPaths(shape, '', out);
  return out;
}

const kinds = (m: Map<string, Kind | undefined>): string[] => [...m].filter(([, k]) => k !== undefined).map(([p, k]) => `${p}: ${k}`).sort();

function sdkOperation(name: string): { input: Map<string, Kind | undefined>; output: Map<string, Kind | undefined> } {
  const op = registry[`${name}$`];
  expect(Array.isArray(op) && op[0] === 9, `${name}$ is an operation schema in the SDK`).toBe(true);
  const [, , , , input, output] = op as unknown[];
  return { input: sdkStructure(input), output: sdkStructure(output) };
}

/** Input members of the SDK the model does not declare (so it never reads them), with why. */
const NOT_MODELLED: Readonly<Record<string, readonly string[]>> = {
  // The newest model's record distribution strategy: the model keeps MD5 hashing of partition keys.
  CreateStream: ['RecordDistributionStrategy'],
};

describe('Kinesis declarations against the SDK schemas (@aws-sdk/client-kinesis schemas_0.js)', () => {
  const names = Object.keys(kinesisOperations).sort();

  it('declares the twenty-four operations of the table (issue 12 added thirteen)', () => {
    expect(names).toStrictEqual([
      'AddTagsToStream',
      'CreateStream',
      'DeleteStream',
      'DeregisterStreamConsumer',
      'DescribeLimits',
      'DescribeStream',
      'DescribeStreamConsumer',
      'DescribeStreamSummary',
      'GetRecords',
      'GetShardIterator',
      'ListShards',
      'ListStreamConsumers',
      'ListStreams',
      'ListTagsForResource',
      'ListTagsForStream',
      'PutRecord',
      'PutRecords',
      'RegisterStreamConsumer',
      'RemoveTagsFromStream',
      'StartStreamEncryption',
      'StopStreamEncryption',
      'TagResource',
      'UntagResource',
      'UpdateShardCount',
    ]);
  });

  it.each(names)('%s: its input members are the SDK input members it models, with the same timestamp and blob members', (name) => {
    const op = kinesisOperations[name]!;
    const sdk = sdkOperation(name).input;
    const declared = ours(op.input);
    const modelled = [...sdk.keys()].filter((p) => !(NOT_MODELLED[name] ?? []).some((n) => p === n || p.startsWith(`${n}.`) || p.startsWith(`${n}[`)));
    expect([...declared.keys()].sort()).toStrictEqual(modelled.sort());
    expect(kinds(declared)).toStrictEqual(kinds(sdk));
  });

  it.each(names)('%s: its output members are SDK output members, and its timestamp and blob members exactly those the SDK marks so', (name) => {
    const op = kinesisOperations[name]!;
    const sdk = sdkOperation(name).output;
    const declared = ours(op.output);
    for (const path of declared.keys()) expect(sdk.has(path), `${name} output ${path} is in the SDK schema`).toBe(true);
    expect(kinds(declared)).toStrictEqual(kinds(sdk));
  });

  it('PutRecord and PutRecords bound Data by the record-size model (inputFor), with the same members as their input', () => {
    const large = createModelWorld({ kinesis: { behaviour: { recordSizeModel: 'large-records' } } });
    const classic = createModelWorld();
    const ctx = { now: 0, region: 'us-east-1' };
    const dataMax = (s: StructureShape): unknown => {
      const d = s.members['Data'] ?? (s.members['Records'] as { member: StructureShape }).member.members['Data'];
      return (d as { max?: number }).max;
    };
    for (const name of ['PutRecord', 'PutRecords']) {
      const op = kinesisOperations[name]!;
      expect(dataMax(op.inputFor!(classic, ctx)), name).toBe(1_048_576);
      expect(dataMax(op.inputFor!(large, ctx)), name).toBe(10_485_760);
      expect([...ours(op.inputFor!(large, ctx)).keys()]).toStrictEqual([...ours(op.input).keys()]);
      expect(op.inputFor!(large, ctx), 'cached per size').toBe(op.inputFor!(large, ctx));
    }
  });

  it('the operations that use the stream key (fault plans aim KMSThrottlingException at them) are exactly those declaring KMSThrottlingException', () => {
    const declaring = names.filter((n) => kinesisOperations[n]!.errors.includes('KMSThrottlingException'));
    expect([...KMS_USING_OPERATIONS].sort()).toStrictEqual(declaring);
  });
});
