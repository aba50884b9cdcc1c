/**
 * The `kinesis-sse-harness serve` command: its arguments, its help, and starting the endpoint from
 * them. `src/server/cli.ts` runs it as the package's `bin` (and `npm run serve` from source).
 */
import { readFileSync } from 'node:fs';
import { virtualClock } from '../clock/clock';
import { createWorld, type WorldOptions } from '../world/index';
import { CLOCK_MODES, msPerRequestProblem, type ClockMode } from './clock';
import { startServer, type HarnessServer } from './server';

/**
 * What `serve`'s arguments ask for.
 *
 * @example
 * ```ts
 * const args: ServeArgs = parseServeArgs(['--port', '0', '--clock', 'per-request']);
 * ```
 */
export interface ServeArgs {
  readonly port: number;
  readonly host: string;
  readonly clock: ClockMode;
  readonly msPerRequest?: number;
  readonly checkAuth: boolean;
  /** The virtual time the world starts at (epoch ms); default: the wall time when the server starts. */
  readonly start?: number;
  /** `createWorld` options: the `--world-options` file's, with `--seed`, `--account` and `--region` over them. */
  readonly world: Omit<WorldOptions, 'clock'>;
  readonly help: boolean;
}

/**
 * `serve --help`.
 *
 * @example
 * ```ts
 * console.log(SERVE_USAGE);
 * ```
 */
export const SERVE_USAGE = `Usage: kinesis-sse-harness serve [options]

Serves a modelled Kinesis, Firehose and KMS (one account and region, in virtual time) on a loopback
HTTP endpoint (HTTP/1.1 and h2c), for the AWS CLI, boto3, R paws, curl and the JS SDK. Prints the URL
as its first line; serves until SIGINT or SIGTERM. Control API under /_harness/ (docs/server.md).

Options:
  --port N               TCP port (default 0: a free one; read the URL from the first line)
  --host ADDRESS         address to bind (default 127.0.0.1); any other is reachable from the network
  --seed N               the world's seed (default 0): ids, request ids and the model's choices
  --account ID           the 12-digit account (default 123456789012)
  --region NAME          the world's region (default us-east-1)
  --clock MODE           manual (default: time moves only through /_harness/clock),
                         realtime (virtual time follows wall time), or per-request
  --ms-per-request N     per-request mode: ms of virtual time each AWS request advances (default 10000)
  --start TIME           the virtual time to start at, epoch ms or ISO-8601 (default: now)
  --world-options FILE   a JSON file of createWorld options: {"kinesis": {"durations": {...},
                         "behaviour": {...}}, "firehose": {...}, "kms": {...}, "seed": ...}
  --check-auth           answer unsigned requests as AWS does (MissingAuthenticationTokenException)
  --help                 show this help
`;

/** A wrong argument: the command prints the message on one line and exits 2. */
class UsageError extends Error {}

const FLAGS = ['--port', '--host', '--seed', '--account', '--region', '--clock', '--ms-per-request', '--start', '--world-options', '--check-auth', '--help'];
const SWITCHES = ['--check-auth', '--help'];

function usage(message: string): never {
  throw new UsageError(message);
}

function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) usage(`${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}`);
  return Number(raw);
}

function worldOptionsFile(path: string): Omit<WorldOptions, 'clock'> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return usage(`--world-options: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return usage(`--world-options: ${path} is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) usage(`--world-options: ${path} must hold a JSON object of createWorld options`);
  if ('clock' in parsed) usage(`--world-options: ${path} sets 'clock', which the server owns; use --clock and --start`);
  return parsed as Omit<WorldOptions, 'clock'>;
}

/**
 * Reads `serve`'s arguments (`--flag value` or `--flag=value`). Throws an Error with a one-line
 * message for an unknown flag, a missing or wrong value.
 *
 * @example
 * ```ts
 * parseServeArgs(['--port=4566', '--seed', '7']).world.seed; // 7
 * ```
 */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!FLAGS.includes(flag)) usage(`unknown option ${JSON.stringify(arg)}; options: ${FLAGS.join(', ')}`);
    if (values.has(flag)) usage(`${flag} is given twice`);
    if (SWITCHES.includes(flag)) {
      if (eq > 0 && flag === arg.slice(0, eq)) usage(`${flag} takes no value`);
      values.set(flag, '');
      continue;
    }
    let value: string | undefined;
    if (eq > 0 && flag !== arg) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || (value.startsWith('--') && FLAGS.includes(value.split('=')[0]!))) usage(`${flag} needs a value`);
    values.set(flag, value);
  }
  const get = (flag: string): string | undefined => values.get(flag);
  const clockRaw = get('--clock') ?? 'manual';
  if (!CLOCK_MODES.includes(clockRaw as ClockMode)) usage(`--clock must be one of ${CLOCK_MODES.join(', ')}; got ${JSON.stringify(clockRaw)}`);
  let msPerRequest: number | undefined;
  const stepRaw = get('--ms-per-request');
  if (stepRaw !== undefined) {
    msPerRequest = /^\d+(\.\d+)?$/.test(stepRaw) ? Number(stepRaw) : Number.NaN;
    if (msPerRequestProblem(msPerRequest) !== undefined) usage(`--ms-per-request must be a number of milliseconds >= 0; got ${JSON.stringify(stepRaw)}`);
    if (clockRaw !== 'per-request') usage('--ms-per-request needs --clock per-request');
  }
  let start: number | undefined;
  const startRaw = get('--start');
  if (startRaw !== undefined) {
    start = /^\d+$/.test(startRaw) ? Number(startRaw) : /^\d{4}-\d{2}-\d{2}T/.test(startRaw) ? Date.parse(startRaw) : Number.NaN;
    if (!Number.isFinite(start)) usage(`--start must be epoch milliseconds or an ISO-8601 time such as 2026-01-01T00:00:00Z; got ${JSON.stringify(startRaw)}`);
  }
  const file = get('--world-options');
  const world: Record<string, unknown> = file === undefined ? {} : { ...worldOptionsFile(file) };
  const seed = get('--seed');
  if (seed !== undefined) world['seed'] = wholeNumber('--seed', seed, -(2 ** 31), 2 ** 32 - 1);
  const account = get('--account');
  if (account !== undefined) {
    if (!/^\d{12}$/.test(account)) usage(`--account must be 12 digits; got ${JSON.stringify(account)}`);
    world['accountId'] = account;
  }
  const region = get('--region');
  if (region !== undefined) world['region'] = region;
  const host = get('--host') ?? '127.0.0.1';
  if (host === '') usage('--host must not be empty');
  return {
    port: wholeNumber('--port', get('--port') ?? '0', 0, 65_535),
    host,
    clock: clockRaw as ClockMode,
    ...(msPerRequest === undefined ? {} : { msPerRequest }),
    checkAuth: values.has('--check-auth'),
    ...(start === undefined ? {} : { start }),
    world: world as Omit<WorldOptions, 'clock'>,
    help: values.has('--help'),
  };
}

/**
 * Where the command writes: stdout (the URL, the help) and stderr (errors, warnings).
 *
 * @example
 * ```ts
 * const io: CommandIo = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };
 * ```
 */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Runs `kinesis-sse-harness <command> ...`: `serve` starts the endpoint and resolves with it (the
 * URL already printed as the first line); `--help` prints the usage. A bad option or a port that
 * cannot be bound prints one line on stderr and resolves with the exit code 2.
 *
 * @example
 * ```ts
 * const outcome = await runCommand(['serve', '--port', '0'], { out: console.log, err: console.error });
 * if (typeof outcome !== 'number') await outcome.close();
 * ```
 */
export async function runCommand(argv: readonly string[], io: CommandIo, wallNow: () => number = Date.now): Promise<HarnessServer | number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    io.out(SERVE_USAGE.trimEnd());
    return command === undefined ? 2 : 0;
  }
  if (command !== 'serve') {
    io.err(`kinesis-sse-harness: unknown command ${JSON.stringify(command)}; the command is: serve (try --help)`);
    return 2;
  }
  let args: ServeArgs;
  try {
    args = parseServeArgs(rest);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`kinesis-sse-harness serve: ${e.message} (try --help)`);
    return 2;
  }
  if (args.help) {
    io.out(SERVE_USAGE.trimEnd());
    return 0;
  }
  let world;
  try {
    world = createWorld({ ...args.world, clock: virtualClock(args.start ?? wallNow()) });
  } catch (e) {
    io.err(`kinesis-sse-harness serve: bad world options: ${e instanceof Error ? e.message.replace('[kinesis-sse-harness] ', '') : String(e)}`);
    return 2;
  }
  try {
    const server = await startServer(world, {
      port: args.port,
      host: args.host,
      clock: args.clock,
      ...(args.msPerRequest === undefined ? {} : { msPerRequest: args.msPerRequest }),
      checkAuth: args.checkAuth,
      onWarning: (message) => io.err(message),
    });
    io.out(server.url);
    return server;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? `port ${args.port} on ${args.host} is already in use (choose another --port, or --port 0 for a free one)`
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
          ? `cannot bind ${args.host}: no such local address`
          : code === 'EACCES'
            ? `not allowed to bind port ${args.port} on ${args.host}`
            : e instanceof Error
              ? e.message.replace('[kinesis-sse-harness] ', '')
              : String(e);
    io.err(`kinesis-sse-harness serve: ${message}`);
    return 2;
  }
}
