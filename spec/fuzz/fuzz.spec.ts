import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../src/model/errors';
import { fuzzService, stubBinding, type Binding, type BindingFactory, type FuzzReport } from '../../fuzz/check';
import { generator, GENERATOR_NAMES, unparseableValues, type FuzzCall, type GeneratorName } from '../../fuzz/generators';
import { operationInfo, type MemberInfo } from '../../fuzz/members';
import { childHashes } from '../../fuzz/run';
import { isDetached } from '../../fuzz/serialize';
import { fuzzWorld, type Catalog, type FuzzWorld } from '../../fuzz/worlds';
import { jsonBinding, jsonBindingWith, jsonCalls, RawRequest, rawJsonCalls, transportBinding, transportBindingWith, Unrepresentable, wireBody, type HandlerWrap } from '../../fuzz/wire';
import type { TransportRequest, TransportResponse } from '../../src/index';

const SERVICES: readonly Service[] = ['kinesis', 'firehose', 'kms'];
const SEED = 7;
const INPUTS = 300;

describe('fuzz: a small run of npm run fuzz', () => {
  const reports: FuzzReport[] = [];
  let children: Promise<[Record<string, string>, Record<string, string>]>;
  beforeAll(async () => {
    children = Promise.all([childHashes(INPUTS, SEED), childHashes(INPUTS, SEED)]);
    children.catch(() => undefined);
    for (const service of SERVICES) reports.push(await fuzzService({ service, inputs: INPUTS, seed: SEED }));
  }, 120_000);

  it.each(SERVICES)('%s: every input answered as AWS would, nothing changed by a rejected call', (service) => {
    const r = reports.find((x) => x.service === service)!;
    expect(r.inputs).toBe(INPUTS);
    expect(r.findings.map((f) => `${f.kind} ${f.operation} (${f.generator}: ${f.note}) ${f.input}: ${f.what}`)).toEqual([]);
    expect(r.crashes).toBe(0);
    expect(r.stateChanges).toBe(0);
    // plausible calls succeed too, so the run also moves state
    expect(r.outcomes.plausible.accepted).toBeGreaterThan(0);
  });

  it('the same seed gives the same trace in two other processes', async () => {
    const [a, b] = await children;
    for (const r of reports) {
      expect(a[r.service]).toBe(r.traceHash);
      expect(b[r.service]).toBe(r.traceHash);
    }
  }, 120_000);
});

// ------------------------------------------------------------ each generator makes what it claims

function walk(value: unknown, visit: (v: unknown, key: string | undefined, parent: object | undefined) => void): void {
  const seen = new Set<object>();
  const stack: [unknown, string | undefined, object | undefined][] = [[value, undefined, undefined]];
  while (stack.length > 0) {
    const [v, key, parent] = stack.pop()!;
    visit(v, key, parent);
    if (v === null || typeof v !== 'object' || seen.has(v) || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) continue;
    seen.add(v);
    for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], k, v]);
  }
}

function some(value: unknown, test: (v: unknown, key: string | undefined, parent: object | undefined) => boolean): boolean {
  let found = false;
  walk(value, (v, k, p) => {
    if (!found && test(v, k, p)) found = true;
  });
  return found;
}

function depthOrCycle(value: unknown): { depth: number; cycle: boolean } {
  let depth = 0;
  let cycle = false;
  const onPath = new Set<object>();
  const stack: [unknown, number, boolean][] = [[value, 0, false]];
  while (stack.length > 0) {
    const [v, d, leaving] = stack.pop()!;
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) continue;
    if (leaving) {
      onPath.delete(v);
      continue;
    }
    if (onPath.has(v)) {
      cycle = true;
      continue;
    }
    depth = Math.max(depth, d);
    onPath.add(v);
    stack.push([v, d, true]);
    for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], d + 1, false]);
  }
  return { depth, cycle };
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Uint8Array) return 'blob';
  if (v instanceof Date) return 'timestamp';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'object') return 'object';
  return typeof v;
}

const FITS: Readonly<Record<string, readonly string[]>> = {
  string: ['string'],
  integer: ['number'],
  long: ['number'],
  double: ['number'],
  boolean: ['boolean'],
  timestamp: ['timestamp', 'number'],
  blob: ['blob', 'string'],
  list: ['list'],
  map: ['object'],
  structure: ['object'],
  document: ['object', 'list', 'string', 'number', 'boolean'],
};

function typeMismatch(members: readonly MemberInfo[], value: unknown): boolean {
  if (kindOf(value) !== 'object') return true;
  return members.some((m) => {
    const v = (value as Record<string, unknown>)[m.name];
    if (v === undefined) return false;
    if (!FITS[m.kind]!.includes(kindOf(v))) return true;
    if (m.kind === 'structure') return typeMismatch(m.members ?? [], v);
    if (m.kind === 'list' && Array.isArray(v) && m.item !== undefined) {
      return v.some((x) => x !== null && (!FITS[m.item!.kind]!.includes(kindOf(x)) || (m.item!.kind === 'structure' && typeMismatch(m.item!.members ?? [], x))));
    }
    return false;
  });
}

function undeclared(members: readonly MemberInfo[], value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || ArrayBuffer.isView(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype) return true;
  return Object.keys(value).some((k) => {
    const m = members.find((x) => x.name === k);
    if (m === undefined) return true;
    const v = (value as Record<string, unknown>)[k];
    if (m.kind === 'structure') return undeclared(m.members ?? [], v);
    if (m.kind === 'list' && Array.isArray(v) && m.item?.kind === 'structure') return v.some((x) => undeclared(m.item!.members ?? [], x));
    return false;
  });
}

const isEdgeString = (v: unknown): boolean =>
  typeof v === 'string' &&
  (v.length === 0 || v.length > 128 || /[\s\u202e\ufeff]|[\ud800-\udfff]/.test(v) || [...v].some((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f)));

function samples(name: GeneratorName, service: Service, cat: Catalog, n = 60): { call: FuzzCall; input: unknown }[] {
  return fc.sample(generator(name, service, cat), { seed: 11, numRuns: n }).map((call) => ({ call, input: call.make() }));
}

describe('fuzz generators: each makes what it claims', () => {
  const cat = fuzzWorld(3).catalog;
  const claims: Readonly<Record<GeneratorName, (input: unknown, call: FuzzCall) => boolean>> = {
    plausible: (input, call) => kindOf(input) === 'object' && !typeMismatch(operationInfo(call.service, call.operation).members, input) && !undeclared(operationInfo(call.service, call.operation).members, input),
    deepOrCyclic: (input) => {
      const { depth, cycle } = depthOrCycle(input);
      return cycle || depth >= 20;
    },
    nullMembers: (input) => input === null || some(input, (v) => v === null),
    fractions: (input) =>
      some(input, (v) => (typeof v === 'number' && (!Number.isSafeInteger(v) || Object.is(v, -0) || Math.abs(v) >= 2 ** 31)) || (v instanceof Date && Number.isNaN(v.getTime())) || v === 'NaN'),
    validateButUnparseable: (input) => {
      const bad = new Set(['StreamARN', 'ShardIterator', 'NextToken', 'Marker', 'KeyId', 'AliasName', 'ExclusiveStartDestinationId', 'ExclusiveStartStreamName', 'StreamId', 'ExplicitHashKey'].flatMap((n) => unparseableValues(n, cat)));
      return some(input, (v) => typeof v === 'string' && bad.has(v));
    },
    protoKeys: (input) => some(input, (v) => v !== null && typeof v === 'object' && ['__proto__', 'constructor', 'prototype'].some((k) => Object.prototype.hasOwnProperty.call(v, k))),
    buffers: (input, call) =>
      call.after !== undefined ||
      some(input, (v) => {
        if (v instanceof ArrayBuffer) return true;
        if (!ArrayBuffer.isView(v)) return false;
        const buf = v.buffer;
        return !(v instanceof Uint8Array) || v.constructor !== Uint8Array || isDetached(v) || v.byteOffset > 0 || v.byteLength === 0 || !(buf instanceof ArrayBuffer);
      }),
    slow: (input) =>
      some(input, (v) => (typeof v === 'string' && v.length >= 300_000) || (ArrayBuffer.isView(v) && v.byteLength >= 10 * 1024 * 1024) || (Array.isArray(v) && v.length >= 100_000)) ||
      (input !== null && typeof input === 'object' && (Object.keys(input).length >= 100_000 || Object.keys(input).some((k) => k.length >= 300_000))),
    unmodelledOrigins: (input, call) => call.note !== 'no unmodelled member: plausible' && kindOf(input) === 'object',
    // An operation without members (DescribeLimits) has no member to give a wrong type: its input is `{}`.
    wrongTypes: (input, call) => {
      const members = operationInfo(call.service, call.operation).members;
      return typeMismatch(members, input) || (call.note === 'no members' && members.length === 0);
    },
    stringsEdge: (input, call) => {
      const max = new Map<string, number>();
      const collect = (ms: readonly MemberInfo[]): void =>
        ms.forEach((m) => {
          if (m.max !== undefined && m.kind === 'string') max.set(m.name, m.max);
          collect(m.members ?? []);
          if (m.item !== undefined) collect(m.item.members ?? []);
        });
      collect(operationInfo(call.service, call.operation).members);
      return some(input, (v, k) => isEdgeString(v) || (typeof v === 'string' && k !== undefined && v.length > (max.get(k) ?? Infinity)));
    },
    unknownMembers: (input, call) => undeclared(operationInfo(call.service, call.operation).members, input),
  };

  for (const name of GENERATOR_NAMES) {
    it(`${name}: every input it makes, for every service`, () => {
      for (const service of SERVICES) {
        const made = samples(name, service, cat, name === 'slow' ? 12 : 60);
        const failing = made.filter(({ call, input }) => !claims[name](input, call)).map(({ call }) => `${call.operation}: ${call.note}`);
        expect(failing, `${service}.${name}: ${failing.join('; ')}`).toEqual([]);
      }
    });
  }

  it('protoKeys yields own __proto__ keys, as JSON.parse makes them, at the top of an input', () => {
    const made = samples('protoKeys', 'kinesis', cat, 80);
    expect(made.some(({ input }) => Object.prototype.hasOwnProperty.call(input, '__proto__') && Object.getPrototypeOf(input) === Object.prototype)).toBe(true);
  });

  it('unmodelledOrigins makes CreateKey with Origin EXTERNAL, a CustomKeyStoreId and an XksKeyId', () => {
    const inputs = samples('unmodelledOrigins', 'kms', cat, 150)
      .filter(({ call }) => call.operation === 'CreateKey')
      .map(({ call, input }) => ({ op: call.operation, input: input as Record<string, unknown> }));
    expect(inputs.some((i) => i.input['Origin'] === 'EXTERNAL')).toBe(true);
    expect(inputs.some((i) => typeof i.input['CustomKeyStoreId'] === 'string')).toBe(true);
    expect(inputs.some((i) => typeof i.input['XksKeyId'] === 'string')).toBe(true);
  });

  it('buffers makes detached buffers and vandalizes answers after the call', () => {
    const made = samples('buffers', 'kinesis', cat, 120);
    expect(made.some(({ input }) => some(input, (v) => ArrayBuffer.isView(v) && isDetached(v)))).toBe(true);
    expect(made.some(({ call }) => call.operation === 'GetRecords' && call.after !== undefined)).toBe(true);
  });

  it('every modelled operation of every service is fuzzed', () => {
    for (const service of SERVICES) {
      const ops = new Set(samples('plausible', service, cat, 400).map(({ call }) => call.operation));
      expect([...ops].sort()).toEqual(operationInfoNames(service));
    }
  });
});

function operationInfoNames(service: Service): string[] {
  return fuzzWorld(1) && [...new Set(fc.sample(generator('nullMembers', service, fuzzWorld(1).catalog), { seed: 1, numRuns: 600 }).map((c) => c.operation))].sort();
}

// ------------------------------------------------------------ the checker catches planted bugs

describe('fuzz checker: a planted bug is caught', () => {
  const planted = (wrap: (inner: Binding, fw: Parameters<BindingFactory>[0], n: number) => Binding['send']): BindingFactory => (fw) => {
    const inner = stubBinding(fw);
    let n = 0;
    return { send: (...args) => wrap(inner, fw, n++)(...args), close: () => inner.close() };
  };

  it('a send() that throws synchronously is a crash', async () => {
    const binding = planted((inner, _fw, n) => (s, o, i) => {
      if (n % 10 === 3) throw new Error('planted');
      return inner.send(s, o, i);
    });
    const r = await fuzzService({ service: 'kms', inputs: 40, seed: 1, binding });
    expect(r.crashes).toBeGreaterThanOrEqual(4);
    expect(r.findings.some((f) => f.what.includes('send() threw synchronously'))).toBe(true);
  });

  it('a rejection that is not an AWS exception (a TypeError) is a crash', async () => {
    const binding = planted((inner, _fw, n) => (s, o, i) => (n === 5 ? Promise.reject(new TypeError('planted')) : inner.send(s, o, i)));
    const r = await fuzzService({ service: 'kinesis', inputs: 20, seed: 1, binding });
    expect(r.crashes).toBe(1);
    expect(r.findings[0]!.what).toContain('TypeError');
  });

  it('a rejected call that moves a hidden counter (an rng draw) is a state change', async () => {
    const binding = planted((inner, fw) => (s, o, i) =>
      inner.send(s, o, i).catch((e: unknown) => {
        fw.world.model.ids.next();
        throw e;
      }),
    );
    const r = await fuzzService({ service: 'firehose', inputs: 30, seed: 1, binding });
    expect(r.stateChanges).toBeGreaterThan(0);
    expect(r.findings.some((f) => f.kind === 'state change' && f.what.includes('Rng('))).toBe(true);
  });

  it('a world that keeps what the caller holds is caught when the caller vandalizes it', async () => {
    const binding = planted((inner, fw) => (s, o, i) => {
      fw.world.model.interceptors.length = 0;
      (fw.world.model as unknown as { held?: unknown }).held = i; // the world now shares the caller's input
      return inner.send(s, o, i);
    });
    const calls = (fw: Parameters<BindingFactory>[0]) => generator('buffers', 'kinesis', fw.catalog).filter((c) => c.after !== undefined);
    const r = await fuzzService({ service: 'kinesis', inputs: 20, seed: 1, binding, calls });
    expect(r.findings.some((f) => f.kind === 'state change' && f.what.includes('vandalized') || f.what.includes('detached'))).toBe(true);
  });

  it('prototype pollution stops the run', async () => {
    const binding = planted((inner, _fw, n) => (s, o, i) => {
      if (n === 2) (Object.prototype as Record<string, unknown>)['plantedPollution'] = 1;
      return inner.send(s, o, i);
    });
    try {
      await expect(fuzzService({ service: 'kms', inputs: 10, seed: 1, binding })).rejects.toThrow('prototype pollution');
    } finally {
      delete (Object.prototype as Record<string, unknown>)['plantedPollution'];
    }
  });
});

// ------------------------------------------------------------ the wire bindings (issue 10)

const WIRE_INPUTS = 100;

describe('fuzz: a small run through the transport and the raw JSON binding', () => {
  const transport: FuzzReport[] = [];
  const json: FuzzReport[] = [];
  let children: Promise<[Record<string, string>, Record<string, string>]>;
  beforeAll(async () => {
    children = Promise.all([childHashes(WIRE_INPUTS, SEED, ['transport']), childHashes(WIRE_INPUTS, SEED, ['json'])]);
    children.catch(() => undefined);
    for (const service of SERVICES) {
      transport.push(await fuzzService({ service, inputs: WIRE_INPUTS, seed: SEED, binding: transportBinding }));
      json.push(await fuzzService({ service, inputs: WIRE_INPUTS, seed: SEED, binding: jsonBinding, calls: (fw) => jsonCalls(service, fw.catalog) }));
    }
  }, 240_000);

  it.each(SERVICES)('%s through the transport: every input answered as AWS (or the SDK itself) would, nothing changed by a rejected call', (service) => {
    const r = transport.find((x) => x.service === service)!;
    expect(r.inputs).toBe(WIRE_INPUTS);
    expect(r.findings.map((f) => `${f.kind} ${f.operation} (${f.generator}: ${f.note}) ${f.input}: ${f.what}`)).toEqual([]);
    expect(r.crashes).toBe(0);
    expect(r.stateChanges).toBe(0);
    expect(r.outcomes.plausible.accepted).toBeGreaterThan(0);
    expect(r.outcomes.plausible.accepted + r.outcomes.plausible.rejected).toBeGreaterThan(0);
  });

  it.each(SERVICES)('%s as raw JSON: every answer has the §9 shape, nothing changed by a rejected call', (service) => {
    const r = json.find((x) => x.service === service)!;
    expect(r.inputs).toBe(WIRE_INPUTS);
    expect(r.findings.map((f) => `${f.kind} ${f.operation} (${f.generator}: ${f.note}) ${f.input}: ${f.what}`)).toEqual([]);
    expect(r.crashes).toBe(0);
    expect(r.stateChanges).toBe(0);
    expect(r.outcomes.rawJson.rejected).toBeGreaterThan(0);
    expect(r.outcomes.plausible.accepted).toBeGreaterThan(0);
  });

  it('the same seed gives the same trace in another process, through each wire binding (the SDK\'s random invocation ids replaced)', async () => {
    const [t, j] = await children;
    for (const r of transport) expect(t[`transport/${r.service}`]).toBe(r.traceHash);
    for (const r of json) expect(j[`json/${r.service}`]).toBe(r.traceHash);
  }, 240_000);

  it('the SDK refuses a cyclic input itself, counted apart and never sent', async () => {
    const cyclic = (fw: FuzzWorld) =>
      generator('deepOrCyclic', 'kinesis', fw.catalog).filter((c) => c.operation === 'PutRecord' && c.note.includes('cycl'));
    const r = await fuzzService({ service: 'kinesis', inputs: 10, seed: 1, binding: transportBinding, calls: cyclic });
    expect(r.crashes).toBe(0);
    expect(r.clientRefusals).toBeGreaterThan(0);
    expect(r.refusalKinds['serializer TypeError (cyclic input)']).toBeGreaterThan(0);
  });
});

describe('fuzz wire: the raw JSON class and the body writer', () => {
  const cat = fuzzWorld(3).catalog;

  it('rawJson makes hand-built requests of every kind the issue names', () => {
    const notes: string[] = [];
    for (const service of SERVICES) {
      for (const call of fc.sample(rawJsonCalls(service, cat), { seed: 5, numRuns: 1500 })) {
        expect(call.generator).toBe('rawJson');
        expect(call.make()).toBeInstanceOf(RawRequest);
        notes.push(call.note);
      }
    }
    for (const kind of ['not JSON', 'not an object', 'a huge number', 'nested', '__proto__ keys', 'bytes that are not UTF-8', 'target: no X-Amz-Target', 'target: an unknown operation', 'application/json', 'GET /']) {
      expect(notes.some((n) => n.includes(kind)), kind).toBe(true);
    }
    // Every string in the blob list is invalid base64 (bad characters, bad padding, base64url, non-canonical).
    expect(notes.some((n) => /\(blob\) = "/.test(n)), 'invalid base64').toBe(true);
    expect(notes.some((n) => /\((integer|long|string|boolean|timestamp|list|map|structure)\) = /.test(n)), 'wrong types per member').toBe(true);
  });

  it('wireBody writes blobs as base64, Dates as epoch seconds, keeps own __proto__ keys, and refuses a cycle or a BigInt', () => {
    const input: Record<string, unknown> = { Data: new Uint8Array([1, 2, 3]), At: new Date(1_500), Shifted: new Uint8Array([9, 1, 2, 3]).subarray(1) };
    Object.defineProperty(input, '__proto__', { value: { x: 1 }, enumerable: true });
    expect(wireBody(input)).toBe('{"Data":"AQID","At":1.5,"Shifted":"AQID","__proto__":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic['Self'] = cyclic;
    expect(() => wireBody(cyclic)).toThrow(Unrepresentable);
    expect(() => wireBody({ N: 1n })).toThrow(Unrepresentable);
  });
});

describe('fuzz wire checker: a planted bug is caught', () => {
  const wrapResponse = (change: (r: TransportResponse, request: TransportRequest) => TransportResponse): HandlerWrap => (inner) => ({
    ...inner,
    handle: (request, options) => inner.handle(request, options).then(({ response }) => ({ response: change(response, request) })),
  });

  it('through the transport: a codec that answers a body the SDK cannot parse is a crash', async () => {
    const broken = wrapResponse((r) => (r.statusCode === 200 && r.body.byteLength > 0 ? { ...r, body: r.body.subarray(0, r.body.byteLength - 1) } : r));
    const r = await fuzzService({ service: 'kinesis', inputs: 40, seed: 1, binding: transportBindingWith(broken) });
    expect(r.crashes).toBeGreaterThan(0);
    expect(r.findings.some((f) => f.kind === 'crash' && /SyntaxError|Deserialization|JSON/i.test(f.what))).toBe(true);
  });

  it('through the transport: an error __type AWS does not send is a crash', async () => {
    const renamed = wrapResponse((r) => (r.statusCode === 400 ? { ...r, body: new TextEncoder().encode('{"__type":"PlantedException","message":"x"}'), headers: { ...r.headers, 'content-length': '44' } } : r));
    const r = await fuzzService({ service: 'kms', inputs: 40, seed: 1, binding: transportBindingWith(renamed) });
    expect(r.crashes).toBeGreaterThan(0);
    expect(r.findings.some((f) => f.what.includes('PlantedException'))).toBe(true);
  });

  it('through the transport: a "refusal" after the request reached the world is a crash, not a client-side refusal', async () => {
    const throwing: HandlerWrap = (inner) => ({
      ...inner,
      handle: (request, options) => inner.handle(request, options).then(() => Promise.reject(new TypeError('Converting circular structure to JSON (planted)'))),
    });
    const r = await fuzzService({ service: 'firehose', inputs: 20, seed: 1, binding: transportBindingWith(throwing) });
    expect(r.crashes).toBeGreaterThan(0);
    expect(r.findings.some((f) => f.what.includes("reached the world's handler") || f.what.includes('the trace grew'))).toBe(true);
  });

  it('as raw JSON: an answer with a null member, or a wrong content-length, is a crash', async () => {
    const withNull = wrapResponse((r) => {
      if (r.statusCode !== 200 || r.body.byteLength === 0) return r;
      const body = new TextEncoder().encode(`${new TextDecoder().decode(r.body).slice(0, -1)},"Planted":null}`);
      return { ...r, body, headers: { ...r.headers, 'content-length': String(body.byteLength) } };
    });
    const a = await fuzzService({ service: 'kinesis', inputs: 40, seed: 1, binding: jsonBindingWith(withNull), calls: (fw) => jsonCalls('kinesis', fw.catalog) });
    expect(a.findings.some((f) => f.what.includes('not a §9 answer'))).toBe(true);
    const badLength = wrapResponse((r) => ({ ...r, headers: { ...r.headers, 'content-length': String(r.body.byteLength + 1) } }));
    const b = await fuzzService({ service: 'kms', inputs: 10, seed: 1, binding: jsonBindingWith(badLength), calls: (fw) => jsonCalls('kms', fw.catalog) });
    expect(b.crashes).toBeGreaterThanOrEqual(9);
    expect(b.findings[0]!.what).toContain('content-length');
  });

  it('as raw JSON: a rejection that draws from the model is a state change', async () => {
    const drawing: HandlerWrap = (inner, fw) => ({
      ...inner,
      handle: (request, options) =>
        inner.handle(request, options).then((answer) => {
          if (answer.response.statusCode !== 200) fw.world.model.ids.next();
          return answer;
        }),
    });
    const r = await fuzzService({ service: 'firehose', inputs: 30, seed: 1, binding: jsonBindingWith(drawing), calls: (fw) => jsonCalls('firehose', fw.catalog) });
    expect(r.stateChanges).toBeGreaterThan(0);
  });
});
