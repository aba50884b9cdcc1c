import { virtualClock, type VirtualClock } from '../clock/clock';
import { answerJson11 } from '../protocol/json11';
import { createWorld, type World } from '../world/index';
import { CLOCK_MODES, clockDriver, DEFAULT_MS_PER_REQUEST, msPerRequestProblem, type ClockDriver, type ClockMode } from './clock';
import { answerControl, CONTROL_PREFIX, type ServerState } from './control';
import { listen, type ServerRequest, type ServerResponse } from './listener';

/**
 * Options of {@link startServer}.
 *
 * @example
 * ```ts
 * const options: ServerOptions = { port: 0, clock: 'per-request', msPerRequest: 10_000, checkAuth: true };
 * ```
 */
export interface ServerOptions {
  /** TCP port; default 0: the system picks a free one (read it from `url` or `port`). */
  readonly port?: number;
  /**
   * Address to bind; default `127.0.0.1` (loopback only). Any other address makes the world
   * reachable from the network and is reported through `onWarning`.
   */
  readonly host?: string;
  /** How virtual time moves; default `'manual'` (only through the control API or your own code). */
  readonly clock?: ClockMode;
  /** The step of `'per-request'` mode in ms; default 10 000 (the AWS CLI's waiter delay). */
  readonly msPerRequest?: number;
  /** Answer unsigned requests as AWS does (`MissingAuthenticationTokenException`); default `false`. */
  readonly checkAuth?: boolean;
  /**
   * Largest request body read, in bytes; a longer one gets 413 and never reaches the world.
   * Default {@link DEFAULT_MAX_BODY_BYTES}.
   */
  readonly maxBodyBytes?: number;
  /** Where warnings go (a non-loopback `host`); default: a line on stderr. */
  readonly onWarning?: (message: string) => void;
}

/**
 * A running endpoint.
 *
 * @example
 * ```ts
 * const server: HarnessServer = await startServer(createWorld({ clock: virtualClock(0) }));
 * const kinesis = new KinesisClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' } });
 * await server.close();
 * ```
 */
export interface HarnessServer {
  /** `http://127.0.0.1:PORT` (an IPv6 host in brackets). */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /**
   * The world the endpoint answers from now: the one given to {@link startServer} until a
   * `/_harness/reset` or `/_harness/seed` replaces it with a fresh one (same options).
   */
  readonly world: World;
  /** The clock mode now (the control API can change it). */
  readonly clockMode: ClockMode;
  /** Stops accepting connections, ends keep-alive connections and HTTP/2 sessions, and resolves when all are gone. */
  close(): Promise<void>;
}

/**
 * The default bound on a request body: 16 MiB. The largest legal request is a PutRecords of 10 MiB
 * of data and partition keys (the `'large-records'` model; 5 MiB in the classic one, [REAL]), which
 * is about 13.4 MiB as base64 in JSON plus up to 500 records' member names; Firehose's
 * PutRecordBatch is at most 4 MiB. So every legal request fits, and a request somewhat over the
 * aggregate limit still reaches the model and gets AWS's own `InvalidArgumentException`
 * (`Records size exceeds 5 MB limit`) rather than a 413. (kinesalite cuts at 7 MiB; what AWS's
 * front end does with a far larger body is not recorded.)
 *
 * @example
 * ```ts
 * DEFAULT_MAX_BODY_BYTES; // 16777216
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

const OPTION_NAMES = ['port', 'host', 'clock', 'msPerRequest', 'checkAuth', 'maxBodyBytes', 'onWarning'];

/**
 * Whether `host` names a loopback address (`127.x.x.x`, `::1`, `localhost`).
 *
 * @example
 * ```ts
 * isLoopback('127.0.0.1'); // true
 * isLoopback('0.0.0.0'); // false
 * ```
 */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function fail(message: string): never {
  throw new TypeError(`[kinesis-sse-harness] startServer: ${message}`);
}

function checkOptions(options: ServerOptions): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail(`options must be an object; got ${String(options)}`);
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) fail(`unknown option '${key}'; known: ${OPTION_NAMES.join(', ')}`);
  }
  const { port, host, clock, msPerRequest, checkAuth, maxBodyBytes, onWarning } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) fail(`port must be a whole number from 0 to 65535; got ${JSON.stringify(port)}`);
  if (host !== undefined && (typeof host !== 'string' || host.length === 0)) fail(`host must be a non-empty string; got ${JSON.stringify(host)}`);
  if (clock !== undefined && !CLOCK_MODES.includes(clock)) fail(`clock must be one of ${CLOCK_MODES.join(', ')}; got ${JSON.stringify(clock)}`);
  if (msPerRequest !== undefined) {
    const problem = msPerRequestProblem(msPerRequest);
    if (problem !== undefined) fail(problem);
  }
  if (checkAuth !== undefined && typeof checkAuth !== 'boolean') fail(`checkAuth must be a boolean; got ${JSON.stringify(checkAuth)}`);
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes >= 1)) {
    fail(`maxBodyBytes must be a whole number >= 1; got ${JSON.stringify(maxBodyBytes)}`);
  }
  if (onWarning !== undefined && typeof onWarning !== 'function') fail('onWarning must be a function');
}

function virtualClockOf(world: World): VirtualClock {
  const clock = world.clock as Partial<VirtualClock>;
  if (typeof clock.advance !== 'function' || typeof clock.set !== 'function') {
    fail(
      "the world's clock must be one the server can move: create the world with createWorld({ clock: virtualClock(start) }). " +
        "(This world's clock has no advance()/set(): the global clock or a fake-timers clock is moved by its own owner.)",
    );
  }
  return world.clock as VirtualClock;
}

/** A fresh world with the options of `world` (account, region, durations, limits, behaviours) and `seed`. */
function freshWorld(world: World, seed: number, start: number): World {
  const m = world.model;
  return createWorld({
    accountId: m.accountId,
    region: m.region,
    seed,
    kinesis: m.kinesisOptions,
    firehose: m.firehoseOptions,
    kms: m.kmsOptions,
    clock: virtualClock(start),
  });
}

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Serves a world on a loopback HTTP endpoint that any AWS client can use as its endpoint URL: the
 * AWS CLI (`--endpoint-url`), boto3 (`endpoint_url=`), R paws, curl, and the JS SDK with only
 * `endpoint` set (HTTP/1.1 keep-alive and h2c on the same port). One port serves Kinesis, Firehose
 * and KMS, routed on `X-Amz-Target`; every answer comes from the same JSON 1.1 codec as the
 * in-process transport (`requestHandler`). Under `/_harness/` a control API moves the virtual clock,
 * sets up keys and streams, installs fault plans and reads the trace (docs/server.md).
 *
 * The world's clock must be a `virtualClock()`: the server moves it (`clock` option: `'manual'`,
 * `'realtime'`, `'per-request'`). Rejects with a `TypeError` for a bad option, and with Node's error
 * when the port cannot be bound (`EADDRINUSE`).
 *
 * @example
 * ```ts
 * import { KinesisClient, CreateStreamCommand } from '@aws-sdk/client-kinesis';
 * import { createWorld, virtualClock } from 'kinesis-sse-harness';
 * import { startServer } from 'kinesis-sse-harness/server';
 *
 * const server = await startServer(createWorld({ clock: virtualClock(Date.UTC(2026, 0, 1)) }));
 * const kinesis = new KinesisClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' } });
 * await kinesis.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
 * await fetch(`${server.url}/_harness/clock/settle`, { method: 'POST' });
 * await server.close();
 * ```
 */
export async function startServer(world: World, options: ServerOptions = {}): Promise<HarnessServer> {
  if (world === null || typeof world !== 'object' || typeof (world as Partial<World>).now !== 'function' || typeof (world as Partial<World>).model !== 'object') {
    fail('needs a world made by createWorld()');
  }
  checkOptions(options);
  const host = options.host ?? '127.0.0.1';
  const checkAuth = options.checkAuth === true;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const warn = options.onWarning ?? ((message: string) => process.stderr.write(`${message}\n`));
  const driver: ClockDriver = clockDriver(virtualClockOf(world), options.clock ?? 'manual', options.msPerRequest ?? DEFAULT_MS_PER_REQUEST);
  const start = world.now();

  const state: ServerState = {
    world,
    driver,
    faults: [],
    nextFaultId: 1,
    replaceWorld(seed) {
      for (const f of state.faults) f.handle.remove();
      state.faults = [];
      const next = freshWorld(state.world, seed, start);
      state.world = next;
      driver.replaceClock(virtualClockOf(next));
    },
  };

  const handle = (request: ServerRequest): ServerResponse => {
    const path = request.path;
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`) || path.startsWith(`${CONTROL_PREFIX}?`)) return answerControl(state, request);
    driver.beforeAwsRequest();
    const answer = answerJson11(state.world.model, request, state.world.now(), { checkAuth });
    return { status: answer.status, headers: answer.headers, body: answer.body };
  };

  const listener = await listen({ host, port: options.port ?? 0, maxBodyBytes, handle });
  const url = urlOf(host, listener.port);
  state.url = url;
  if (!isLoopback(host)) {
    warn(
      `[kinesis-sse-harness] warning: serving on ${host}, not loopback: anyone who can reach ${url} can read and change this world (no credentials are checked)`,
    );
  }
  return {
    url,
    port: listener.port,
    host,
    get world() {
      return state.world;
    },
    get clockMode() {
      return driver.mode;
    },
    close: () => listener.close(),
  };
}
