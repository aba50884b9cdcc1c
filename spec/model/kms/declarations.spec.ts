import * as sdk from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { kmsOperations } from '../../../src/model/kms/operations';
import type { Shape, StructureShape } from '../../../src/model/shape';

// The SDK ships no declaration for the dist-es file (its types are under dist-types); what is read
// from it is checked at run time below.
const SCHEMAS_MODULE: string = '@aws-sdk/client-kms/dist-es/schemas/schemas_0.js';
const schemas = (await import(SCHEMAS_MODULE)) as Readonly<Record<string, unknown>>;

// Each KMS declaration against the SDK's own schema (@aws-sdk/client-kms dist-es/schemas/schemas_0.js):
// the input members it models are the SDK's, and the output's timestamp and blob members are
// exactly those the SDK marks so (they decide the Date/Uint8Array conversions and the wire codec).

/** SDK input members the world does not model, on purpose, with the reason. */
const NOT_MODELLED: Readonly<Record<string, readonly string[]>> = {
  // Filtering by service principal (2024): grants made by the world have no service-principal grantee.
  ListGrants: ['GranteeServicePrincipal'],
};

type Kind = 'timestamp' | 'blob' | 'other';
interface Node {
  readonly kind: 'structure' | 'list' | 'map' | 'leaf';
  readonly leaf?: Kind;
  readonly members?: ReadonlyMap<string, Node>;
  readonly item?: Node;
}

/** Follows lazy references, member traits and named simple schemas down to a schema. */
function deref(schema: unknown): unknown {
  let s = schema;
  for (;;) {
    if (typeof s === 'function') s = (s as () => unknown)();
    else if (Array.isArray(s) && s.length === 2) s = s[0];
    else if (Array.isArray(s) && s[0] === 0 && s.length === 5) s = s[4];
    else return s;
  }
}

/** The SDK schema as a tree (smithy static schemas: 3 structure, 1 list, 2 map; numeric codes for simple types). */
function sdkNode(schema: unknown): Node {
  const s = deref(schema);
  if (s === 'unit') return { kind: 'structure', members: new Map() };
  if (typeof s === 'number') {
    if ((s & 64) !== 0) return { kind: 'list', item: sdkNode(s & 63) };
    if ((s & 128) !== 0) return { kind: 'map', item: sdkNode(s & 127) };
    if (s >= 4 && s <= 7) return { kind: 'leaf', leaf: 'timestamp' };
    if (s === 21 || s === 42) return { kind: 'leaf', leaf: 'blob' };
    return { kind: 'leaf', leaf: 'other' };
  }
  if (Array.isArray(s) && s[0] === 3) {
    const names = s[4] as readonly string[];
    const types = s[5] as readonly unknown[];
    return { kind: 'structure', members: new Map(names.map((n, i) => [n, sdkNode(types[i])])) };
  }
  if (Array.isArray(s) && s[0] === 1) return { kind: 'list', item: sdkNode(s[4]) };
  if (Array.isArray(s) && s[0] === 2) return { kind: 'map', item: sdkNode(s[5]) };
  throw new Error(`unknown SDK schema ${JSON.stringify(s)}`);
}

function modelNode(shape: Shape): Node {
  switch (shape.type) {
    case 'structure':
      return { kind: 'structure', members: new Map(Object.entries(shape.members).map(([n, m]) => [n, modelNode(m)])) };
    case 'list':
      return { kind: 'list', item: modelNode(shape.member) };
    case 'map':
      return { kind: 'map', item: modelNode(shape.value) };
    case 'timestamp':
      return { kind: 'leaf', leaf: 'timestamp' };
    case 'blob':
      return { kind: 'leaf', leaf: 'blob' };
    default:
      return { kind: 'leaf', leaf: 'other' };
  }
}

/** Every member path of a tree with what it is (`KeyMetadata.CreationDate: timestamp`, lists as `[]`). */
function paths(node: Node, prefix = ''): string[] {
  switch (node.kind) {
    case 'structure':
      return [...node.members!].flatMap(([name, m]) => {
        const p = prefix === '' ? name : `${prefix}.${name}`;
        return [`${p}: ${m.kind === 'leaf' ? m.leaf! : m.kind}`, ...paths(m, p)];
      });
    case 'list':
    case 'map':
      return paths(node.item!, `${prefix}[]`);
    case 'leaf':
      return [];
  }
}

const converted = (all: readonly string[]): string[] => all.filter((p) => p.endsWith(': timestamp') || p.endsWith(': blob')).sort();

function sdkOperation(name: string): { readonly input: Node; readonly output: Node } {
  const op = schemas[`${name}$`];
  if (!Array.isArray(op) || op[0] !== 9) throw new Error(`no SDK operation schema ${name}$`);
  return { input: sdkNode(op[4]), output: sdkNode(op[5]) };
}

const operations = Object.values(kmsOperations).map((op) => [op.name, op] as const);

describe('KMS declarations against the SDK schema', () => {
  it('declares every modelled operation', () => {
    expect(operations.map(([n]) => n)).toEqual([
      'CancelKeyDeletion',
      'CreateAlias',
      'CreateKey',
      'Decrypt',
      'DeleteAlias',
      'DescribeKey',
      'DisableKey',
      'DisableKeyRotation',
      'EnableKey',
      'EnableKeyRotation',
      'Encrypt',
      'GenerateDataKey',
      'GetKeyPolicy',
      'GetKeyRotationStatus',
      'ListAliases',
      'ListGrants',
      'ListKeys',
      'ListResourceTags',
      'PutKeyPolicy',
      'ScheduleKeyDeletion',
      'TagResource',
      'UntagResource',
      'UpdateAlias',
    ]);
  });

  it.each(operations)('%s: the input members are the SDK input members it models', (name, op) => {
    const sdkMembers = [...sdkOperation(name).input.members!.keys()];
    const modelled = sdkMembers.filter((m) => !(NOT_MODELLED[name] ?? []).includes(m));
    expect(Object.keys(op.input.members).sort()).toEqual(modelled.sort());
    // The region-dependent input has the same members and types.
    if (op.inputFor !== undefined) {
      const china = op.inputFor(undefined as never, { now: 0, region: 'cn-north-1' });
      expect(paths(modelNode(china))).toEqual(paths(modelNode(op.input)));
    }
  });

  it.each(operations)('%s: the input and output timestamp and blob members are exactly the SDK ones', (name, op) => {
    const sdkOp = sdkOperation(name);
    expect(converted(paths(modelNode(op.output)))).toEqual(converted(paths(sdkOp.output)));
    expect(converted(paths(modelNode(op.input)))).toEqual(converted(paths(sdkOp.input)));
  });

  it.each(operations)('%s: the output declares every member of the SDK output, with the same structure', (name, op) => {
    expect(paths(modelNode(op.output)).sort()).toEqual(paths(sdkOperation(name).output).sort());
  });

  it.each(operations)('%s: every declared error is an exception the SDK exports', (name, op) => {
    expect(op.errors.length).toBeGreaterThan(0);
    for (const error of op.errors) expect(typeof (sdk as Record<string, unknown>)[error], `${name}: ${error}`).toBe('function');
    expect(new Set(op.errors).size).toBe(op.errors.length);
  });

  it('reads the SDK schema: KeyMetadata has three timestamps, ListGrants entries one, only the cryptographic inputs a blob', () => {
    expect(converted(paths(sdkOperation('DescribeKey').output))).toEqual([
      'KeyMetadata.CreationDate: timestamp',
      'KeyMetadata.DeletionDate: timestamp',
      'KeyMetadata.ValidTo: timestamp',
    ]);
    expect(converted(paths(sdkOperation('ListGrants').output))).toEqual(['Grants[].CreationDate: timestamp']);
    expect(paths(sdkOperation('ListGrants').output)).toContain('Grants[].Constraints.EncryptionContextSubset: map');
    const blobs: Readonly<Record<string, readonly string[]>> = {
      Decrypt: ['CiphertextBlob: blob', 'Recipient.AttestationDocument: blob'],
      Encrypt: ['Plaintext: blob'],
      GenerateDataKey: ['Recipient.AttestationDocument: blob'],
    };
    for (const [name] of operations) expect(converted(paths(sdkOperation(name).input))).toEqual(blobs[name] ?? []);
  });

  it('the comparison sees a timestamp declared as a number', () => {
    const describeKey = kmsOperations['DescribeKey']!;
    const metadata = (describeKey.output.members['KeyMetadata'] as StructureShape).members;
    const wrong: StructureShape = {
      type: 'structure',
      members: { KeyMetadata: { type: 'structure', members: { ...metadata, CreationDate: { type: 'long' } } } },
    };
    expect(converted(paths(modelNode(wrong)))).not.toEqual(converted(paths(sdkOperation('DescribeKey').output)));
  });
});
