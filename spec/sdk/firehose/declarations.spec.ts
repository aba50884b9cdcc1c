// Each Firehose declaration against the SDK's own schemas (the SDK the library binds to): the
// input members it models are the SDK's, and the members the SDK converts (timestamps to Date,
// blobs to Uint8Array) are exactly the ones declared so, in inputs and outputs alike.
import * as sdkSchemas from '@aws-sdk/client-firehose/dist-es/schemas/schemas_0.js';
import { describe, expect, it } from 'vitest';
import { firehoseOperations } from '../../../src/model/firehose/operations';
import type { Shape, StructureShape } from '../../../src/model/shape';

const schemas = sdkSchemas as Readonly<Record<string, unknown>>;

/** A schema reference resolved: thunks called, `[ref, traits]` pairs and simple schemas with traits unwrapped. */
function resolve(ref: unknown): unknown {
  let s = ref;
  for (let i = 0; i < 8; i++) {
    if (typeof s === 'function') s = (s as () => unknown)();
    else if (Array.isArray(s) && s.length === 2 && (typeof s[0] === 'function' || Array.isArray(s[0]))) s = s[0];
    else if (Array.isArray(s) && s[0] === 0 && s.length === 5) s = s[4];
    else return s;
  }
  return s;
}

type Kind = 'timestamp' | 'blob';

/** The SDK's timestamp and blob member paths under a schema (`a.b[].c`, maps as `{}`). */
function sdkPaths(ref: unknown, path: string, out: Map<string, Kind>, depth = 0): Map<string, Kind> {
  if (depth > 20) throw new Error(`schema too deep at ${path}`);
  const s = resolve(ref);
  if (typeof s === 'number') {
    const base = s & 63;
    if (s & 64) {
      if (base === 4 || (base >= 5 && base <= 7)) out.set(`${path}[]`, 'timestamp');
      else if (base === 21) out.set(`${path}[]`, 'blob');
    } else if (s & 128) {
      if (base === 4 || (base >= 5 && base <= 7)) out.set(`${path}{}`, 'timestamp');
      else if (base === 21) out.set(`${path}{}`, 'blob');
    } else if (s === 4 || (s >= 5 && s <= 7)) out.set(path, 'timestamp');
    else if (s === 21 || s === 42) out.set(path, 'blob');
    return out;
  }
  if (!Array.isArray(s)) return out;
  if (s[0] === 3) {
    const names = s[4] as readonly string[];
    const members = s[5] as readonly unknown[];
    names.forEach((name, i) => sdkPaths(members[i], path === '' ? name : `${path}.${name}`, out, depth + 1));
  } else if (s[0] === 1) sdkPaths(s[4], `${path}[]`, out, depth + 1);
  else if (s[0] === 2) sdkPaths(s[5], `${path}{}`, out, depth + 1);
  return out;
}

/** The declaration's timestamp and blob member paths (documents hold none: they are copied as JSON data). */
function declaredPaths(shape: Shape, path: string, out: Map<string, Kind>): Map<string, Kind> {
  switch (shape.type) {
    case 'timestamp':
    case 'blob':
      out.set(path, shape.type);
      break;
    case 'list':
      declaredPaths(shape.member, `${path}[]`, out);
      break;
    case 'map':
      declaredPaths(shape.value, `${path}{}`, out);
      break;
    case 'structure':
      for (const [name, member] of Object.entries(shape.members)) declaredPaths(member, path === '' ? name : `${path}.${name}`, out);
      break;
    default:
      break;
  }
  return out;
}

function structureSchema(name: string): readonly unknown[] {
  const s = resolve(schemas[`${name}$`]);
  if (!Array.isArray(s) || s[0] !== 3) throw new Error(`the SDK has no structure ${name}`);
  return s;
}

const memberNames = (s: readonly unknown[]): string[] => [...(s[4] as readonly string[])].sort();

/**
 * Declared structures against the SDK's: a structure that drops undeclared members must declare
 * every SDK member; one that keeps them as documents declares a subset. Returns the mismatches.
 */
function compareMembers(shape: StructureShape, sdk: readonly unknown[], path: string, problems: string[]): string[] {
  const theirs = memberNames(sdk);
  const ours = Object.keys(shape.members).sort();
  const missing = theirs.filter((n) => !ours.includes(n));
  const extra = ours.filter((n) => !theirs.includes(n));
  if (extra.length > 0) problems.push(`${path || '(top)'}: not in the SDK: ${extra.join(', ')}`);
  if (shape.others !== 'document' && missing.length > 0) problems.push(`${path || '(top)'}: dropped though the SDK sends them: ${missing.join(', ')}`);
  const sdkMembers = sdk[5] as readonly unknown[];
  for (const [name, member] of Object.entries(shape.members)) {
    let inner: Shape = member;
    let ref = sdkMembers[(sdk[4] as readonly string[]).indexOf(name)];
    let at = path === '' ? name : `${path}.${name}`;
    while (inner.type === 'list') {
      const list = resolve(ref);
      if (!Array.isArray(list) || list[0] !== 1) break;
      inner = inner.member;
      ref = list[4];
      at += '[]';
    }
    const target = resolve(ref);
    if (inner.type === 'structure' && Array.isArray(target) && target[0] === 3) compareMembers(inner, target, at, problems);
  }
  return problems;
}

const operations = Object.values(firehoseOperations);

describe('Firehose declarations against the SDK schemas', () => {
  it('declares the twelve operations of the table', () => {
    expect(operations.map((op) => op.name).sort()).toStrictEqual([
      'CreateDeliveryStream',
      'DeleteDeliveryStream',
      'DescribeDeliveryStream',
      'ListDeliveryStreams',
      'ListTagsForDeliveryStream',
      'PutRecord',
      'PutRecordBatch',
      'StartDeliveryStreamEncryption',
      'StopDeliveryStreamEncryption',
      'TagDeliveryStream',
      'UntagDeliveryStream',
      'UpdateDestination',
    ]);
  });

  it.each(operations.map((op) => [op.name, op] as const))('%s: its input members are the SDK input members', (name, op) => {
    const sdk = structureSchema(`${name}Input`);
    expect(Object.keys(op.input.members).sort()).toStrictEqual(memberNames(sdk));
    expect(compareMembers(op.input, sdk, '', [])).toStrictEqual([]);
  });

  it.each(operations.map((op) => [op.name, op] as const))('%s: its output members are the SDK output members', (name, op) => {
    const sdk = structureSchema(`${name}Output`);
    expect(Object.keys(op.output.members).sort()).toStrictEqual(memberNames(sdk));
    expect(compareMembers(op.output, sdk, '', [])).toStrictEqual([]);
  });

  it.each(operations.map((op) => [op.name, op] as const))('%s: timestamps and blobs of input and output are exactly those of the SDK schema', (name, op) => {
    for (const side of ['Input', 'Output'] as const) {
      const declared = declaredPaths(side === 'Input' ? op.input : op.output, '', new Map());
      const sdk = sdkPaths(schemas[`${name}${side}$`], '', new Map());
      expect({ side, members: Object.fromEntries([...declared].sort()) }).toStrictEqual({ side, members: Object.fromEntries([...sdk].sort()) });
    }
  });

  it('finds the SDK timestamps and blobs the Firehose model converts (the walk itself is not vacuous)', () => {
    expect(Object.fromEntries(sdkPaths(schemas['DescribeDeliveryStreamOutput$'], '', new Map()))).toStrictEqual({
      'DeliveryStreamDescription.CreateTimestamp': 'timestamp',
      'DeliveryStreamDescription.LastUpdateTimestamp': 'timestamp',
      'DeliveryStreamDescription.Source.KinesisStreamSourceDescription.DeliveryStartTimestamp': 'timestamp',
      'DeliveryStreamDescription.Source.MSKSourceDescription.DeliveryStartTimestamp': 'timestamp',
      'DeliveryStreamDescription.Source.MSKSourceDescription.ReadFromTimestamp': 'timestamp',
      'DeliveryStreamDescription.Source.DatabaseSourceDescription.SnapshotInfo[].RequestTimestamp': 'timestamp',
    });
    expect(Object.fromEntries(sdkPaths(schemas['PutRecordBatchInput$'], '', new Map()))).toStrictEqual({ 'Records[].Data': 'blob' });
  });

  it.each(operations.map((op) => [op.name, op] as const))('%s: every declared error is an exception of the Firehose SDK', (_name, op) => {
    for (const error of op.errors) {
      const s = schemas[`${error}$`];
      expect(Array.isArray(s) ? s[0] : s, error).toBe(-3);
    }
  });
});
