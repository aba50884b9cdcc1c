// The command, spawned from source as `npm run serve` runs it (node --import tsx src/server/cli.ts serve):
// the URL as the first stdout line, SIGINT/SIGTERM → exit 0, a bad option or a port in use → one line on
// stderr and exit 2.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aws, control } from './support';

const root = join(__dirname, '../..');
// Each case spawns node with tsx, which takes seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 90_000 });
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Run {
  readonly child: ChildProcess;
  /** The first stdout line (the URL), once it is there. */
  readonly firstLine: Promise<string>;
  readonly exit: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function serve(args: readonly string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  let gotLine: (line: string) => void = () => undefined;
  const firstLine = new Promise<string>((resolve) => (gotLine = resolve));
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.includes('\n')) gotLine(stdout.slice(0, stdout.indexOf('\n')));
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, firstLine, exit };
}

describe('kinesis-sse-harness serve (from source)', () => {
  it('prints the URL first, serves the world with the options given, and exits 0 on SIGINT', async () => {
    const run = serve(['serve', '--port', '0', '--seed', '7', '--region', 'eu-west-1', '--start', '2026-01-01T00:00:00Z', '--world-options', 'fixtures/server/world-options.json']);
    const url = await run.firstLine;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const s = { url };
    const info = await control(s, 'GET', '');
    expect(info.body).toMatchObject({ seed: 7, region: 'eu-west-1', now: Date.UTC(2026, 0, 1), mode: 'manual' });
    await aws(s, 'Kinesis_20131202.CreateStream', { StreamName: 'x', ShardCount: 1 });
    await control(s, 'POST', '/clock/settle');
    await aws(s, 'Kinesis_20131202.StartStreamEncryption', { StreamName: 'x', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    // The world options file's 2 s UPDATING window.
    expect((await control(s, 'GET', '/clock')).body.pending[0]).toMatchObject({ inMs: 2_000, what: 'kinesis x UPDATING->ACTIVE' });
    run.child.kill('SIGINT');
    const done = await run.exit;
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toBe(`${url}\n`);
  });

  it('exits 0 on SIGTERM; --clock per-request --ms-per-request steps each AWS request', async () => {
    const run = serve(['serve', '--port=0', '--clock', 'per-request', '--ms-per-request', '2500', '--start', '0']);
    const s = { url: await run.firstLine };
    await aws(s, 'Kinesis_20131202.ListStreams', {});
    expect((await control(s, 'GET', '/clock')).body).toMatchObject({ now: 2_500, mode: 'per-request', msPerRequest: 2_500 });
    run.child.kill('SIGTERM');
    expect((await run.exit).code).toBe(0);
  });

  it('a port in use: one line on stderr, exit 2, nothing on stdout', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const done = await serve(['serve', '--port', String(port)]).exit;
      expect(done).toEqual({
        code: 2,
        stdout: '',
        stderr: `kinesis-sse-harness serve: port ${port} on 127.0.0.1 is already in use (choose another --port, or --port 0 for a free one)\n`,
      });
    } finally {
      blocker.close();
    }
  });

  it.each([
    [['serve', '--colour', 'red'], 'kinesis-sse-harness serve: unknown option "--colour"; options: --port, --host, --seed, --account, --region, --clock, --ms-per-request, --start, --world-options, --check-auth, --help (try --help)'],
    [['serve', '--world-options', 'fixtures/server/bad-world-options.json'], 'kinesis-sse-harness serve: bad world options: unknown option kinesis.durations.updatting; known: creating, updating, deleting, encryptionLag, resharding, consumerCreating, consumerDeleting'],
  ])('%j: one line on stderr naming what is wrong, exit 2 (the other cases: serve-command.spec.ts, in process)', async (args, message) => {
    const done = await serve(args).exit;
    expect(done).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const done = await serve(['serve', '--help']).exit;
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^Usage: kinesis-sse-harness serve \[options\]\n/);
    expect(done.stdout).toContain('--clock MODE');
  });
});
