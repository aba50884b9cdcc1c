// Section (--clients): one call sequence through boto3 (bench/clients_boto3.py, Debian's
// /usr/bin/python3) against the kinesis-sse-harness endpoint (`npm run serve`, started here),
// kinesis-mock and kinesalite (when `bash ../shared/peers/start-peers.sh` runs them), in interleaved
// rounds; and the same calls through the JS SDK's default KinesisClient (HTTP/2, h2c) over the
// endpoint. Prints per-call medians side by side and each peer's ratio to the endpoint.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand, PutRecordCommand, StartStreamEncryptionCommand, CreateStreamCommand } from '@aws-sdk/client-kinesis';
import { interleave, median, type BenchOptions, type Comparison } from './harness';
import { listening, PEERS as PEER_PORTS } from './peers';

const root = fileURLToPath(new URL('..', import.meta.url));
const BOTO3_SCRIPT = fileURLToPath(new URL('./clients_boto3.py', import.meta.url));
const PYTHON = '/usr/bin/python3';
const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

/** The calls of the sequence, in order (the names boto3 and the JS SDK share). */
export const CLIENT_BENCH_OPS = ['DescribeStreamSummary', 'PutRecord', 'ListStreams', 'StartStreamEncryption'] as const;

/** What one target answered in the boto3 run: µs per call per round for each call, and the error code a call got, if any; or why it could not be measured. */
export type TargetResult = { readonly ops: Readonly<Record<string, readonly number[]>>; readonly errors: Readonly<Record<string, string>> } | { readonly failed: string };

/** Everything the section measured, as {@link clientsReport} prints it. */
export interface ClientsMeasurement {
  /** boto3 per target label (`harness`, `kinesis-mock`, `kinesalite`). */
  readonly boto3: Readonly<Record<string, TargetResult>>;
  /** Targets that were not measured, with the reason (`not running …`). */
  readonly absent: Readonly<Record<string, string>>;
  /** The JS SDK over the endpoint: µs per call per round, or why not. */
  readonly js: TargetResult;
}

/** The peers, on the ports start-peers.sh uses. */
// kinesis-mock's column first, as the section has always printed it.
const PEERS: readonly { readonly label: string; readonly port: number }[] = ['kinesis-mock', 'kinesalite'].map((label) => ({
  label,
  port: PEER_PORTS.find((p) => p.name === label)!.port,
}));

const fmt = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(0)} µs`);

/**
 * The section's lines: per call, the median µs per call of boto3 against each target and of the JS
 * SDK against the endpoint, with each peer's ratio to the endpoint (the median over rounds of
 * peer ÷ endpoint in the same round); then the error each target answered, and the targets that
 * were not measured.
 *
 * @example
 * ```ts
 * clientsReport({ boto3: { harness: { ops: { PutRecord: [900] }, errors: {} } }, absent: {}, js: { failed: 'skipped' } });
 * ```
 */
export function clientsReport(m: ClientsMeasurement): string[] {
  const labels = ['harness', ...PEERS.map((p) => p.label)];
  const head = ['operation'.padEnd(24), ...labels.map((l) => `boto3→${l}`.padStart(24)), 'JS SDK→harness'.padStart(18)].join('');
  const out = [head];
  const harness = m.boto3['harness'];
  for (const op of CLIENT_BENCH_OPS) {
    const cells = labels.map((label) => {
      const r = m.boto3[label];
      if (r === undefined) return '—'.padStart(24);
      if ('failed' in r) return 'failed'.padStart(24);
      const rounds = r.ops[op] ?? [];
      if (rounds.length === 0) return '—'.padStart(24);
      let cell = fmt(median(rounds));
      if (label !== 'harness' && harness !== undefined && !('failed' in harness)) {
        const base = harness.ops[op] ?? [];
        const ratios = rounds.flatMap((x, i) => (base[i] === undefined ? [] : [x / base[i]!]));
        if (ratios.length > 0) cell += ` (${median(ratios).toFixed(1)}×)`;
      }
      return cell.padStart(24);
    });
    const js = 'failed' in m.js ? '—' : fmt(median(m.js.ops[op] ?? [Number.NaN]));
    out.push([op.padEnd(24), ...cells, js.padStart(18)].join(''));
  }
  out.push('(ratios: boto3 against the peer ÷ boto3 against the endpoint, median over interleaved rounds)');
  for (const label of labels) {
    const r = m.boto3[label];
    if (r === undefined) continue;
    if ('failed' in r) out.push(`${label}: failed — ${r.failed}`);
    else {
      const errors = Object.entries(r.errors).map(([op, code]) => `${op} → ${code}`);
      if (errors.length > 0) out.push(`${label} answered: ${errors.join(', ')}`);
    }
  }
  if ('failed' in m.js) out.push(`JS SDK: ${m.js.failed}`);
  for (const [label, why] of Object.entries(m.absent)) out.push(`${label} ${why}`);
  return out;
}


/** Starts `npm run serve -- --port 0` in its own process group; resolves with its URL and a stop function. */
function serve(): Promise<{ url: string; stop: () => void }> {
  const child = spawn('npm', ['run', '--silent', 'serve', '--', '--port', '0', '--seed', '1'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = (): void => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // gone
      }
    }
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`npm run serve printed no URL in 60 s: ${err}`));
    }, 60_000);
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run serve exited with ${code}: ${err}`));
    });
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      resolve({ url: out.slice(0, nl).trim(), stop });
    });
  });
}

async function jsSdk(url: string, options: Pick<BenchOptions, 'n' | 'rounds' | 'warmup'>): Promise<TargetResult> {
  const client = new KinesisClient({ endpoint: url, region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1 });
  try {
    const stream = 'bench-js';
    await client.send(new CreateStreamCommand({ StreamName: stream, ShardCount: 1 }));
    await fetch(`${url}/_harness/clock/settle`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const errors: Record<string, string> = {};
    const swallow = (op: string) => (e: unknown) => {
      errors[op] = (e as Error).name;
    };
    const calls: Record<string, (i: number) => Promise<unknown>> = {
      DescribeStreamSummary: () => client.send(new DescribeStreamSummaryCommand({ StreamName: stream })).catch(swallow('DescribeStreamSummary')),
      PutRecord: (i) => client.send(new PutRecordCommand({ StreamName: stream, PartitionKey: `pk${i & 63}`, Data: Buffer.from(`record-${i}`) })).catch(swallow('PutRecord')),
      ListStreams: () => client.send(new ListStreamsCommand({ Limit: 10 })).catch(swallow('ListStreams')),
      StartStreamEncryption: () =>
        client.send(new StartStreamEncryptionCommand({ StreamName: `${stream}-missing`, EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' })).catch(swallow('StartStreamEncryption')),
    };
    const ops: Record<string, number[]> = {};
    for (const op of CLIENT_BENCH_OPS) {
      const [rounds] = await interleave([{ label: 'JS SDK', call: calls[op]! }], options);
      ops[op] = rounds!;
    }
    return { ops, errors };
  } catch (e) {
    return { failed: `${(e as Error).name}: ${(e as Error).message}` };
  } finally {
    client.destroy();
  }
}

function boto3(targets: readonly { label: string; url: string; control: boolean }[], options: Pick<BenchOptions, 'n' | 'rounds' | 'warmup'>): Record<string, TargetResult> {
  const config = JSON.stringify({ targets, n: options.n, rounds: options.rounds, warmup: options.warmup });
  const env = { ...process.env, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' };
  const r = spawnSync(PYTHON, [BOTO3_SCRIPT, config], { encoding: 'utf8', env, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
  if (r.error !== undefined || r.status !== 0) {
    const why = r.error !== undefined ? r.error.message : (r.stderr.trim().split('\n').at(-1) ?? `exit ${r.status}`);
    const failed = /No module named 'boto3'|ENOENT/.test(why) ? `boto3 is not installed: apt-get install python3-boto3 (${why})` : why;
    return Object.fromEntries(targets.map((t) => [t.label, { failed }]));
  }
  return (JSON.parse(r.stdout) as { targets: Record<string, TargetResult> }).targets;
}

/**
 * Runs the clients section and prints it (see the file's header). Peers that do not listen are
 * printed as "not running"; a missing boto3 is printed with how to install it.
 *
 * @example
 * ```ts
 * await runClientsSection(parseArgs(['--clients']));
 * ```
 */
export async function runClientsSection(options: BenchOptions): Promise<Comparison[]> {
  const o = { n: Math.max(2, Math.min(options.n, 40)), rounds: Math.max(1, Math.min(options.rounds, 5)), warmup: Math.min(options.warmup, 5) };
  console.log(`\nClients: boto3 (${PYTHON}) against the endpoint and the peers, and the JS SDK against the endpoint, over loopback HTTP; ${o.n} calls × ${o.rounds} interleaved rounds`);
  let server: { url: string; stop: () => void };
  try {
    server = await serve();
  } catch (e) {
    console.log(`  skipped — the endpoint did not start: ${(e as Error).message}`);
    return [];
  }
  try {
    const targets = [{ label: 'harness', url: server.url, control: true }];
    const absent: Record<string, string> = {};
    for (const peer of PEERS) {
      if (await listening(peer.port)) targets.push({ label: peer.label, url: `http://127.0.0.1:${peer.port}`, control: false });
      else absent[peer.label] = `not running (nothing listens on 127.0.0.1:${peer.port}; start it with: bash ../shared/peers/start-peers.sh)`;
    }
    const measured = boto3(targets, o);
    const js = await jsSdk(server.url, o);
    for (const line of clientsReport({ boto3: measured, absent, js })) console.log(`  ${line}`);
  } finally {
    server.stop();
  }
  return [];
}
