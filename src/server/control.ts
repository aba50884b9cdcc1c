/**
 * The control API under `/_harness/`: JSON in and out, for test suites in any language. It never
 * collides with the AWS API, which is `POST /` with `X-Amz-Target`. A bad request gets 400
 * `{"message": "..."}` naming what is wrong, and changes nothing.
 */
import { nextDue } from '../model/pending';
import type { FaultHandle, FaultPlan } from '../model/faults';
import { checkFaultPlan } from '../model/faults';
import type { TraceEntry, TransitionEntry } from '../model/trace';
import { installFaults } from '../world/faults';
import type { DeliveryStreamSetup } from '../world/firehose';
import type { World } from '../world/index';
import { formatTimeline, type TimelineOptions } from '../world/timeline';
import { CLOCK_MODES, msPerRequestProblem, type ClockDriver, type ClockMode } from './clock';
import type { ServerRequest, ServerResponse } from './listener';

/**
 * The path prefix of the control API.
 *
 * @example
 * ```ts
 * `${url}${CONTROL_PREFIX}/clock`; // 'http://127.0.0.1:4566/_harness/clock'
 * ```
 */
export const CONTROL_PREFIX = '/_harness';

/**
 * A fault plan installed through `POST /_harness/faults`.
 *
 * @example
 * ```ts
 * const installed: InstalledFaults = { id: 1, plan: [], handle: installFaults(world, []) };
 * ```
 */
export interface InstalledFaults {
  readonly id: number;
  readonly plan: FaultPlan;
  readonly handle: FaultHandle;
}

/**
 * What the control API reads and changes: the current world (replaced on reset), the clock driver,
 * the installed fault plans.
 *
 * @example
 * ```ts
 * answerControl(state, { method: 'GET', path: '/_harness/clock', headers: {}, body: new Uint8Array(0) });
 * ```
 */
export interface ServerState {
  world: World;
  readonly driver: ClockDriver;
  faults: InstalledFaults[];
  nextFaultId: number;
  url?: string;
  /** Replaces the world with a fresh one with the same options and `seed` (fault plans removed). */
  replaceWorld(seed: number): void;
}

/** A control request that is wrong: answered 400 with its message. */
class BadRequest extends Error {}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const PREFIX = '[kinesis-sse-harness] ';

function json(status: number, value: unknown): ServerResponse {
  const body = encoder.encode(`${JSON.stringify(value, replacer)}\n`);
  return { status, headers: { 'content-type': 'application/json', 'content-length': String(body.byteLength) }, body };
}

function text(status: number, value: string): ServerResponse {
  const body = encoder.encode(value.endsWith('\n') ? value : `${value}\n`);
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.byteLength) }, body };
}

/** Bytes in trace entries (inputs keep a digest, not the bytes) as JSON: their length. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { byteLength: value.byteLength };
  return value;
}

function bad(message: string): never {
  throw new BadRequest(message);
}

type Body = Record<string, unknown>;

/** The request's JSON object body (an empty body is `{}`). */
function bodyOf(request: ServerRequest): Body {
  if (request.body.byteLength === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(request.body));
  } catch {
    bad('the body is not JSON (send a JSON object, e.g. {"ms": 5000})');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) bad(`the body must be a JSON object; got ${JSON.stringify(parsed)}`);
  return parsed as Body;
}

function only(body: Body, names: readonly string[], what: string): void {
  for (const key of Object.keys(body)) {
    if (!names.includes(key)) bad(`${what}: unknown member '${key}'; known: ${names.length === 0 ? '(none)' : names.join(', ')}`);
  }
}

function numberMember(body: Body, name: string, what: string, check: (n: number) => boolean, rule: string): number {
  const v = body[name];
  if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) bad(`${what}: ${name} must be ${rule}; got ${JSON.stringify(v) ?? 'nothing'}`);
  return v;
}

function stringMember(body: Body, name: string, what: string): string {
  const v = body[name];
  if (typeof v !== 'string' || v.length === 0) bad(`${what}: ${name} must be a non-empty string; got ${JSON.stringify(v) ?? 'nothing'}`);
  return v;
}

function optional<T>(body: Body, name: string, what: string, check: (v: unknown) => v is T, rule: string): T | undefined {
  const v = body[name];
  if (v === undefined) return undefined;
  if (!check(v)) bad(`${what}: ${name} must be ${rule}; got ${JSON.stringify(v)}`);
  return v;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const iso = (ms: number): string => new Date(ms).toISOString();

/** The pending transitions of the world, soonest first. */
function pending(world: World): { at: number; iso: string; inMs: number; what: string }[] {
  const now = world.now();
  return world.model.pending.items.filter((p) => !p.cancelled).map((p) => ({ at: p.at, iso: iso(p.at), inMs: p.at - now, what: p.label }));
}

function clockView(state: ServerState): Record<string, unknown> {
  const world = state.world;
  state.driver.sync();
  const now = world.now();
  return {
    now,
    iso: iso(now),
    mode: state.driver.mode,
    ...(state.driver.mode === 'per-request' ? { msPerRequest: state.driver.msPerRequest } : {}),
    pending: pending(world),
  };
}

/** Runs `move` and returns the transitions it fired (trace entries), with the new time. */
function firing(state: ServerState, move: () => void): Record<string, unknown> {
  const before = state.world.trace.length;
  move();
  const world = state.world;
  const now = world.now();
  const fired = world.trace.slice(before).filter((e): e is TransitionEntry => e.kind === 'transition');
  return { now, iso: iso(now), fired };
}

/** How many transitions settle runs at most (a plan that keeps scheduling would otherwise never end). */
const SETTLE_LIMIT = 100_000;

function settle(state: ServerState): void {
  const world = state.world;
  for (let i = 0; i < SETTLE_LIMIT; i++) {
    world.now();
    const due = nextDue(world.model.pending);
    if (due === undefined) return;
    if (due > state.driver.clock.now()) state.driver.set(due);
  }
  bad(`settle stopped after ${SETTLE_LIMIT} transitions: something keeps scheduling new ones`);
}

function parseTime(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const t = Date.parse(value);
    if (Number.isFinite(t)) return t;
  }
  return bad(`clock/set: now must be epoch milliseconds or an ISO-8601 time such as "2026-01-01T00:00:00Z"; got ${JSON.stringify(value) ?? 'nothing'}`);
}

const seedRule = 'an integer of 32 bits (-2147483648 to 4294967295)';
const isSeed = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v <= 2 ** 32 - 1;

function worldInfo(state: ServerState): Record<string, unknown> {
  const w = state.world;
  return { accountId: w.accountId, region: w.region, seed: w.seed, ...clockView(state) };
}

function traceAnswer(state: ServerState, query: URLSearchParams): ServerResponse {
  const known = ['format', 'since', 'last', 'width', 'full', 'start'];
  for (const key of query.keys()) if (!known.includes(key)) bad(`trace: unknown query parameter '${key}'; known: ${known.join(', ')}`);
  const whole = (name: string, min: number): number | undefined => {
    const raw = query.get(name);
    if (raw === null) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min) bad(`trace: ${name} must be a whole number >= ${min}; got ${JSON.stringify(raw)}`);
    return Number(raw);
  };
  const format = query.get('format') ?? 'json';
  if (format !== 'json' && format !== 'text') bad(`trace: format must be json or text; got ${JSON.stringify(format)}`);
  const since = whole('since', 0) ?? 0;
  const last = whole('last', 0);
  const width = whole('width', 8);
  const full = query.get('full');
  if (full !== null && full !== 'true' && full !== 'false') bad(`trace: full must be true or false; got ${JSON.stringify(full)}`);
  const startRaw = query.get('start');
  const start = startRaw === null ? undefined : parseTimeQuery(startRaw);
  const trace: readonly TraceEntry[] = state.world.trace;
  const entries = since === 0 ? trace : trace.filter((e) => e.seq >= since);
  if (format === 'text') {
    const options: TimelineOptions = {
      ...(last === undefined ? {} : { last }),
      ...(width === undefined ? {} : { width }),
      ...(full === 'true' ? { full: true } : {}),
      ...(start === undefined ? {} : { start }),
    };
    return text(200, formatTimeline(entries, options));
  }
  const shown = last === undefined || last >= entries.length ? entries : entries.slice(entries.length - last);
  return json(200, { now: state.world.now(), entries: shown });
}

function parseTimeQuery(raw: string): number {
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  const t = Date.parse(raw);
  if (!Number.isFinite(t)) bad(`trace: start must be epoch milliseconds or an ISO-8601 time; got ${JSON.stringify(raw)}`);
  return t;
}

function faultsInstall(state: ServerState, body: unknown): ServerResponse {
  // The body is a plan (a JSON array of faults) or {"plan": [...], "start": <epoch ms>}.
  let plan: unknown;
  let start: number | undefined;
  if (Array.isArray(body)) {
    plan = body;
  } else if (isObject(body)) {
    only(body, ['plan', 'start'], 'faults');
    plan = body['plan'];
    if (plan === undefined) bad('faults: send a fault plan (a JSON array of faults) or {"plan": [...], "start": <epoch ms>}');
    if (body['start'] !== undefined) start = numberMember(body, 'start', 'faults', () => true, 'epoch milliseconds');
  } else {
    bad('faults: send a fault plan (a JSON array of faults) or {"plan": [...], "start": <epoch ms>}');
  }
  try {
    checkFaultPlan(plan);
  } catch (e) {
    bad(`faults: ${e instanceof Error ? e.message.replace(PREFIX, '') : String(e)}`);
  }
  state.driver.sync();
  const handle = installFaults(state.world, plan, start === undefined ? {} : { start });
  const id = state.nextFaultId++;
  state.faults.push({ id, plan, handle });
  return json(200, { id, faults: plan.length });
}

function faultsList(state: ServerState): ServerResponse {
  return json(200, { plans: state.faults.map((f) => ({ id: f.id, plan: f.plan, fired: f.handle.fired })) });
}

/** The JSON body of a request whose body may be an array (fault plans); other routes take objects. */
function rawBody(request: ServerRequest): unknown {
  if (request.body.byteLength === 0) return {};
  try {
    return JSON.parse(decoder.decode(request.body));
  } catch {
    return bad('the body is not JSON');
  }
}

const KEY_OPTIONS = ['description', 'spec', 'usage', 'account', 'region', 'manager', 'state', 'conditions', 'multiRegion', 'alias'];

/** `POST /_harness/setup/...`: the world's setup views, their options 1:1, checked before anything changes. */
function setup(state: ServerState, what: string, body: Body): ServerResponse {
  const world = state.world;
  state.driver.sync();
  switch (what) {
    case 'keys': {
      only(body, KEY_OPTIONS, 'setup/keys');
      if (body['conditions'] !== undefined && !Array.isArray(body['conditions'])) bad(`setup/keys: conditions must be an array; got ${JSON.stringify(body['conditions'])}`);
      if (body['alias'] !== undefined && typeof body['alias'] !== 'string') bad(`setup/keys: alias must be a string; got ${JSON.stringify(body['alias'])}`);
      return json(200, world.kms.createKey(body as Parameters<World['kms']['createKey']>[0]));
    }
    case 'keys/enable':
    case 'keys/disable':
    case 'keys/cancel-deletion': {
      only(body, ['keyId'], `setup/${what}`);
      const keyId = stringMember(body, 'keyId', `setup/${what}`);
      if (what === 'keys/enable') world.kms.enable(keyId);
      else if (what === 'keys/disable') world.kms.disable(keyId);
      else world.kms.cancelDeletion(keyId);
      return json(200, world.kms.describe(keyId));
    }
    case 'keys/schedule-deletion': {
      only(body, ['keyId', 'days'], 'setup/keys/schedule-deletion');
      const keyId = stringMember(body, 'keyId', 'setup/keys/schedule-deletion');
      const days = body['days'] === undefined ? undefined : numberMember(body, 'days', 'setup/keys/schedule-deletion', (n) => Number.isInteger(n) && n >= 7 && n <= 30, 'a whole number from 7 to 30');
      world.kms.scheduleDeletion(keyId, days);
      return json(200, world.kms.describe(keyId));
    }
    case 'keys/condition': {
      only(body, ['keyId', 'condition', 'on'], 'setup/keys/condition');
      const keyId = stringMember(body, 'keyId', 'setup/keys/condition');
      const condition = stringMember(body, 'condition', 'setup/keys/condition');
      const on = optional(body, 'on', 'setup/keys/condition', isBoolean, 'true or false');
      world.kms.setCondition(keyId, condition as Parameters<World['kms']['setCondition']>[1], on);
      return json(200, world.kms.describe(keyId));
    }
    case 'keys/alias': {
      only(body, ['aliasName', 'keyId'], 'setup/keys/alias');
      const aliasName = stringMember(body, 'aliasName', 'setup/keys/alias');
      const keyId = stringMember(body, 'keyId', 'setup/keys/alias');
      world.kms.createAlias(aliasName, keyId);
      return json(200, world.kms.describe(keyId));
    }
    case 'streams': {
      only(body, ['name', 'shardCount', 'active', 'region'], 'setup/streams');
      const name = stringMember(body, 'name', 'setup/streams');
      const shardCount = body['shardCount'] === undefined ? undefined : numberMember(body, 'shardCount', 'setup/streams', (n) => Number.isInteger(n) && n >= 1, 'a whole number >= 1');
      const active = optional(body, 'active', 'setup/streams', isBoolean, 'true or false');
      const region = optional(body, 'region', 'setup/streams', isString, "a region such as 'us-east-1'");
      world.kinesis.createStream(name, {
        ...(shardCount === undefined ? {} : { shardCount }),
        ...(active === undefined ? {} : { active }),
        ...(region === undefined ? {} : { region }),
      });
      return json(200, world.kinesis.describe(region === undefined ? name : `arn:aws:kinesis:${region}:${world.accountId}:stream/${name}`) ?? null);
    }
    case 'delivery-streams': {
      only(body, ['name', 'type', 'encryption', 'kinesisStreamARN', 'active', 'region'], 'setup/delivery-streams');
      const name = stringMember(body, 'name', 'setup/delivery-streams');
      const type = optional(body, 'type', 'setup/delivery-streams', isString, 'a DeliveryStreamType such as "DirectPut"');
      const encryption = optional(body, 'encryption', 'setup/delivery-streams', isObject, 'an object such as {"KeyType": "AWS_OWNED_CMK"}');
      if (encryption !== undefined) {
        only(encryption, ['KeyType', 'KeyARN'], 'setup/delivery-streams encryption');
        if (typeof encryption['KeyType'] !== 'string') bad(`setup/delivery-streams: encryption.KeyType must be AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK; got ${JSON.stringify(encryption['KeyType'])}`);
        if (encryption['KeyARN'] !== undefined && typeof encryption['KeyARN'] !== 'string') bad(`setup/delivery-streams: encryption.KeyARN must be a string; got ${JSON.stringify(encryption['KeyARN'])}`);
      }
      const kinesisStreamARN = optional(body, 'kinesisStreamARN', 'setup/delivery-streams', isString, 'a Kinesis stream ARN');
      const active = optional(body, 'active', 'setup/delivery-streams', isBoolean, 'true or false');
      const region = optional(body, 'region', 'setup/delivery-streams', isString, "a region such as 'us-east-1'");
      const description = world.firehose.createDeliveryStream(name, {
        ...(type === undefined ? {} : { type: type as NonNullable<DeliveryStreamSetup['type']> }),
        ...(encryption === undefined ? {} : { encryption: encryption as NonNullable<DeliveryStreamSetup['encryption']> }),
        ...(kinesisStreamARN === undefined ? {} : { kinesisStreamARN }),
        ...(active === undefined ? {} : { active }),
        ...(region === undefined ? {} : { region }),
      });
      return json(200, description);
    }
    default:
      return bad(`no setup route '${what}'; routes: ${SETUP_ROUTES.join(', ')}`);
  }
}

const SETUP_ROUTES = ['keys', 'keys/enable', 'keys/disable', 'keys/schedule-deletion', 'keys/cancel-deletion', 'keys/condition', 'keys/alias', 'streams', 'delivery-streams'];

/**
 * Every route of the control API as `METHOD /_harness/...` (docs/server.md has the table).
 *
 * @example
 * ```ts
 * CONTROL_ROUTES.includes('POST /_harness/clock/advance'); // true
 * ```
 */
export const CONTROL_ROUTES: readonly string[] = [
  'GET /_harness',
  'GET /_harness/clock',
  'POST /_harness/clock/advance',
  'POST /_harness/clock/settle',
  'POST /_harness/clock/set',
  'POST /_harness/clock/mode',
  'POST /_harness/reset',
  'POST /_harness/seed',
  'GET /_harness/trace',
  'GET /_harness/faults',
  'POST /_harness/faults',
  'DELETE /_harness/faults',
  ...SETUP_ROUTES.map((r) => `POST /_harness/setup/${r}`),
];

function route(state: ServerState, request: ServerRequest): ServerResponse {
  const method = request.method.toUpperCase();
  const q = request.path.indexOf('?');
  const pathname = (q < 0 ? request.path : request.path.slice(0, q)).replace(/\/+$/, '');
  const query = new URLSearchParams(q < 0 ? '' : request.path.slice(q + 1));
  const sub = pathname.slice(CONTROL_PREFIX.length).replace(/^\//, '');
  const key = `${method} ${CONTROL_PREFIX}${sub === '' ? '' : `/${sub}`}`;
  if (!CONTROL_ROUTES.includes(key)) {
    const sameRoute = CONTROL_ROUTES.filter((r) => r.slice(r.indexOf(' ') + 1) === `${CONTROL_PREFIX}${sub === '' ? '' : `/${sub}`}`);
    if (sameRoute.length > 0) {
      return json(405, { message: `${method} is not allowed on ${pathname}; use ${sameRoute.map((r) => r.slice(0, r.indexOf(' '))).join(' or ')}` });
    }
    return json(404, { message: `no control route ${method} ${pathname}; routes: ${CONTROL_ROUTES.join(', ')}` });
  }
  if (sub !== 'trace' && [...query.keys()].length > 0) bad(`${pathname} takes no query parameters`);
  const driver = state.driver;
  switch (sub) {
    case '':
      return json(200, { ...(state.url === undefined ? {} : { url: state.url }), ...worldInfo(state), routes: CONTROL_ROUTES });
    case 'clock':
      return json(200, clockView(state));
    case 'clock/advance': {
      const body = bodyOf(request);
      only(body, ['ms'], 'clock/advance');
      const ms = numberMember(body, 'ms', 'clock/advance', (n) => n >= 0, 'a finite number of milliseconds >= 0');
      return json(200, firing(state, () => driver.advance(ms)));
    }
    case 'clock/settle': {
      only(bodyOf(request), [], 'clock/settle');
      return json(200, firing(state, () => settle(state)));
    }
    case 'clock/set': {
      const body = bodyOf(request);
      only(body, ['now'], 'clock/set');
      const t = parseTime(body['now']);
      driver.sync();
      const current = state.world.now();
      if (t < current) bad(`clock/set: the world's time never runs backwards; now is ${current} (${iso(current)}), asked for ${t} (${iso(t)})`);
      return json(200, firing(state, () => driver.set(t)));
    }
    case 'clock/mode': {
      const body = bodyOf(request);
      only(body, ['mode', 'msPerRequest'], 'clock/mode');
      const mode = body['mode'];
      if (!CLOCK_MODES.includes(mode as ClockMode)) bad(`clock/mode: mode must be one of ${CLOCK_MODES.join(', ')}; got ${JSON.stringify(mode) ?? 'nothing'}`);
      const step = body['msPerRequest'];
      if (step !== undefined) {
        const problem = msPerRequestProblem(step);
        if (problem !== undefined) bad(`clock/mode: ${problem}`);
      }
      driver.setMode(mode as ClockMode, step as number | undefined);
      return json(200, clockView(state));
    }
    case 'reset': {
      only(bodyOf(request), [], 'reset');
      state.replaceWorld(state.world.seed);
      return json(200, worldInfo(state));
    }
    case 'seed': {
      const body = bodyOf(request);
      only(body, ['seed'], 'seed');
      const seed = body['seed'];
      if (!isSeed(seed)) bad(`seed: seed must be ${seedRule}; got ${JSON.stringify(seed) ?? 'nothing'}`);
      state.replaceWorld(seed);
      return json(200, worldInfo(state));
    }
    case 'trace':
      driver.sync();
      return traceAnswer(state, query);
    case 'faults':
      if (method === 'GET') return faultsList(state);
      if (method === 'DELETE') {
        only(bodyOf(request), [], 'faults');
        const removed = state.faults.length;
        for (const f of state.faults) f.handle.remove();
        state.faults = [];
        return json(200, { removed });
      }
      return faultsInstall(state, rawBody(request));
    default:
      if (sub.startsWith('setup/')) return setup(state, sub.slice('setup/'.length), bodyOf(request));
      return bad(`no control route ${key}`);
  }
}

/**
 * Answers one request under `/_harness/`. A wrong request (bad JSON, an unknown member, a value out
 * of range, a setup the world's views refuse) is 400 `{"message"}` and changes nothing; an unknown
 * route is 404, a wrong method 405.
 *
 * @example
 * ```ts
 * const r = answerControl(state, { method: 'POST', path: '/_harness/clock/advance', headers: {}, body: new TextEncoder().encode('{"ms":5000}') });
 * r.status; // 200
 * ```
 */
export function answerControl(state: ServerState, request: ServerRequest): ServerResponse {
  try {
    return route(state, request);
  } catch (e) {
    if (e instanceof BadRequest) return json(400, { message: e.message });
    // The world's views refuse a setup with a TypeError/RangeError/Error that names what is wrong.
    if (e instanceof Error && e.message.startsWith(PREFIX)) return json(400, { message: e.message.slice(PREFIX.length) });
    throw e;
  }
}
