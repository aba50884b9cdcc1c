// Shared by the client conformance suite (npm run test:clients, vitest.clients.config.ts): starts the
// endpoint from source as `npm run serve -- --port 0` does, talks to its control API, runs a client
// (AWS CLI, boto3, curl, R paws) as a child process with a timeout, and says plainly when a client is
// not installed (its tests then fail; they are never skipped).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { CallEntry, TraceEntry, TransitionEntry } from '../../src/index';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The folder of the client scripts (this one). */
export const scripts = fileURLToPath(new URL('.', import.meta.url));

/** What a finished child process left: its exit code (null when killed), signal, stdout and stderr. */
export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time in milliseconds. */
  readonly ms: number;
}

/** A running endpoint: its URL, its control API and a way to stop it. */
export interface Endpoint {
  readonly url: string;
  /** A control API request (`POST` with a JSON body, or `GET` without one); throws on a status other than 200 with the server's answer. */
  control(path: string, body?: unknown): Promise<unknown>;
  /** `GET /_harness/trace`: every call and transition since the last reset. */
  trace(): Promise<TraceEntry[]>;
  /** `POST /_harness/reset` and `POST /_harness/clock/mode {"mode":"manual"}`: an empty world whose clock moves only when told. */
  reset(): Promise<void>;
  /** Stops the server (SIGTERM to its process group) and resolves with how it exited. */
  close(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the server printed on stderr so far (warnings, crashes). */
  stderr(): string;
}

/** The options every scenario's endpoint starts with: a fixed seed, account, region and start time, so ids and timestamps repeat. */
export const START: readonly string[] = ['--seed', '1', '--account', '123456789012', '--region', 'us-east-1', '--start', '2026-01-01T00:00:00Z'];

/** How long the server may take to print its URL (tsx compiles the sources; the machine may be loaded). */
const START_TIMEOUT_MS = 60_000;

/**
 * Starts the endpoint from source, as a user of this repository does (`npm run serve -- --port 0`),
 * in its own process group, and resolves once it printed its URL (the first stdout line).
 */
export function startEndpoint(args: readonly string[] = []): Promise<Endpoint> {
  const child = spawn('npm', ['run', '--silent', 'serve', '--', '--port', '0', ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = (): void => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  return new Promise<Endpoint>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`npm run serve printed no URL within ${START_TIMEOUT_MS} ms; stdout: ${out}\nstderr: ${err}`));
    }, START_TIMEOUT_MS);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`npm run serve exited (code ${code}, signal ${signal}) before printing its URL; stdout: ${out}\nstderr: ${err}`));
    });
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const newline = out.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      const url = out.slice(0, newline).trim().replace(/\/$/, '');
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) {
        stop();
        reject(new Error(`npm run serve's first line is not a loopback URL: ${JSON.stringify(out.slice(0, newline))}`));
        return;
      }
      resolve(endpoint(url, () => err, stop, exited));
    });
  });
}

function endpoint(url: string, stderr: () => string, stop: () => void, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Endpoint {
  const control = async (path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${url}/_harness/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`control API ${path} answered ${response.status}: ${text}`);
    return text.length === 0 ? undefined : (JSON.parse(text) as unknown);
  };
  return {
    url,
    control,
    trace: async () => {
      const answer = await control('trace');
      // { now, entries: [...] }
      const list = (answer as { entries?: unknown } | undefined)?.entries;
      if (!Array.isArray(list)) throw new Error(`GET /_harness/trace did not answer a list: ${JSON.stringify(answer).slice(0, 200)}`);
      return list as TraceEntry[];
    },
    reset: async () => {
      await control('reset', {});
      await control('clock/mode', { mode: 'manual' });
    },
    close: async () => {
      stop();
      return exited;
    },
    stderr,
  };
}

/**
 * Registers the hooks a scenario file needs: the endpoint started once for the file (with
 * {@link START}), reset before every test, stopped after the file. Returns the running endpoint
 * (throwing a clear error when it did not start).
 */
export function useEndpoint(): () => Endpoint {
  let endpoint: Endpoint | undefined;
  beforeAll(async () => {
    endpoint = await startEndpoint(START);
  });
  afterAll(async () => {
    await endpoint?.close();
  });
  beforeEach(async () => {
    await endpoint?.reset();
  });
  return () => {
    if (endpoint === undefined) throw new Error('the endpoint did not start (see the beforeAll hook)');
    return endpoint;
  };
}

/** The environment every client runs in: fake credentials, no config files, no metadata service, no pager; nothing from the user's home or AWS_* variables. */
export function clientEnv(url: string): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'));
  return {
    ...inherited,
    HARNESS_URL: url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
  };
}

/** Runs `command args` with `env`, killing its process group after `timeoutMs`. Never rejects: a timeout shows as `signal`. */
export function runClient(command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<Finished> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\n[runClient] ${command} ${args.join(' ')} still running after ${options.timeoutMs} ms: killed`;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, options.timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: `${stderr}\n[runClient] cannot run ${command}: ${e.message}`, ms: Date.now() - started });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A client the suite needs: how to tell it is there, and the plain message when it is not. */
export interface ClientCheck {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Matched against the probe's stdout + stderr when it exits 0. */
  readonly expect?: RegExp;
  readonly install: string;
}

export const AWS_CLI: ClientCheck = { name: 'the AWS CLI v2 (/usr/bin/aws)', command: '/usr/bin/aws', args: ['--version'], expect: /^aws-cli\/2\./, install: 'apt-get install awscli' };
export const BOTO3: ClientCheck = { name: 'boto3 (for /usr/bin/python3)', command: '/usr/bin/python3', args: ['-c', 'import boto3'], install: 'apt-get install python3-boto3' };
export const CURL: ClientCheck = { name: 'curl', command: 'curl', args: ['--version'], install: 'apt-get install curl' };
export const PAWS: ClientCheck = {
  name: 'R paws (paws.analytics, paws.security.identity)',
  command: 'Rscript',
  args: ['-e', 'suppressPackageStartupMessages({library(paws.analytics); library(paws.security.identity)})'],
  install: 'apt-get install r-base-core r-cran-httr r-cran-xml2 r-cran-jsonlite r-cran-digest r-cran-base64enc r-cran-rcpp r-cran-curl libcurl4-openssl-dev, then Rscript .ci/install-r-clients.R',
};

const checked = new Map<ClientCheck, string | undefined>();

/**
 * Throws `<client> is not installed: <how to install>` when the client is missing, so each of its
 * tests fails with that message (the suite never skips a client).
 */
export function requireClient(check: ClientCheck): void {
  if (!checked.has(check)) {
    const r = spawnSync(check.command, check.args, { encoding: 'utf8', timeout: 60_000 });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    const ok = r.error === undefined && r.status === 0 && (check.expect === undefined || check.expect.test(output));
    checked.set(check, ok ? undefined : `${check.name} is not installed: ${check.install}${output.trim() === '' ? '' : ` (probe said: ${output.trim().split('\n').slice(-2).join(' ')})`}`);
  }
  const problem = checked.get(check);
  if (problem !== undefined) throw new Error(problem);
}

/** An empty folder for a client's files (R's and Python's caches stay out of the user's home). */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'kinesis-sse-harness-clients-'));
}

/** The calls of the trace, optionally of one operation. */
export function calls(trace: readonly TraceEntry[], operation?: string): CallEntry[] {
  return trace.filter((e): e is CallEntry => e.kind === 'call' && (operation === undefined || e.operation === operation));
}

/** `from->to` of every transition of `property` on resources whose ARN ends with `/<name>`. */
export function transitions(trace: readonly TraceEntry[], property: string, name: string): string[] {
  return trace
    .filter((e): e is TransitionEntry => e.kind === 'transition' && e.property === property && e.resource.endsWith(`/${name}`))
    .map((e) => `${e.from}->${e.to}`);
}

/** The lines of a client's output, without the blank lines the AWS CLI prints before an error. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}
