// The serve command in process (runCommand with a captured io): every bad option is one line naming it and
// exit code 2, before anything is bound; a good command starts the endpoint and prints only the URL.
import { describe, expect, it } from 'vitest';
import { parseServeArgs, runCommand, SERVE_USAGE } from '../../src/server/serve-command';

async function run(argv: string[]): Promise<{ outcome: unknown; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const outcome = await runCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, () => 1_000);
  return { outcome, out, err };
}

describe('runCommand', () => {
  it.each([
    [['serve', '--port', 'eighty'], 'kinesis-sse-harness serve: --port must be a whole number from 0 to 65535; got "eighty" (try --help)'],
    [['serve', '--port', '70000'], 'kinesis-sse-harness serve: --port must be a whole number from 0 to 65535; got "70000" (try --help)'],
    [['serve', '--clock', 'fast'], 'kinesis-sse-harness serve: --clock must be one of manual, realtime, per-request; got "fast" (try --help)'],
    [['serve', '--ms-per-request', '10'], 'kinesis-sse-harness serve: --ms-per-request needs --clock per-request (try --help)'],
    [['serve', '--clock', 'per-request', '--ms-per-request', '-1'], 'kinesis-sse-harness serve: --ms-per-request must be a number of milliseconds >= 0; got "-1" (try --help)'],
    [['serve', '--seed'], 'kinesis-sse-harness serve: --seed needs a value (try --help)'],
    [['serve', '--seed', '--port', '0'], 'kinesis-sse-harness serve: --seed needs a value (try --help)'],
    [['serve', '--seed', '1.5'], 'kinesis-sse-harness serve: --seed must be a whole number from -2147483648 to 4294967295; got "1.5" (try --help)'],
    [['serve', '--port', '1', '--port', '2'], 'kinesis-sse-harness serve: --port is given twice (try --help)'],
    [['serve', '--check-auth=yes'], 'kinesis-sse-harness serve: --check-auth takes no value (try --help)'],
    [['serve', '--account', '42'], 'kinesis-sse-harness serve: --account must be 12 digits; got "42" (try --help)'],
    [['serve', '--start', 'yesterday'], 'kinesis-sse-harness serve: --start must be epoch milliseconds or an ISO-8601 time such as 2026-01-01T00:00:00Z; got "yesterday" (try --help)'],
    [['serve', '--region', 'mars'], 'kinesis-sse-harness serve: bad world options: region must look like \'us-east-1\'; got "mars"'],
    [['serve', '--world-options', 'fixtures/server/none.json'], 'kinesis-sse-harness serve: --world-options: cannot read fixtures/server/none.json (ENOENT) (try --help)'],
    [['serve', '--world-options', 'package.json'], 'kinesis-sse-harness serve: bad world options: unknown world option \'name\'; known: accountId, region, seed, kinesis, firehose, kms, retain'],
    [['launch'], 'kinesis-sse-harness: unknown command "launch"; the command is: serve (try --help)'],
  ])('%j → one line on stderr, exit code 2, nothing on stdout', async (argv, message) => {
    expect(await run(argv)).toEqual({ outcome: 2, out: [], err: [message] });
  });

  it('a world options file that sets the clock is refused (the server owns it)', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'ksh-')), 'w.json');
    writeFileSync(file, '{"clock": "global"}');
    expect((await run(['serve', '--world-options', file])).err).toEqual([`kinesis-sse-harness serve: --world-options: ${file} sets 'clock', which the server owns; use --clock and --start (try --help)`]);
    writeFileSync(file, '{"seed": ');
    expect((await run(['serve', '--world-options', file])).err[0]).toMatch(new RegExp(`^kinesis-sse-harness serve: --world-options: ${file} is not JSON \\(`));
  });

  it('serve starts the endpoint, prints only its URL, at the --start time (default: the wall time given)', async () => {
    const { outcome, out, err } = await run(['serve', '--port', '0', '--seed', '3', '--account', '111122223333', '--check-auth']);
    const server = outcome as { url: string; world: { accountId: string; seed: number; now(): number }; close(): Promise<void> };
    try {
      expect(out).toEqual([server.url]);
      expect(err).toEqual([]);
      expect(server.world).toMatchObject({ accountId: '111122223333', seed: 3 });
      expect(server.world.now()).toBe(1_000);
      const unsigned = await fetch(`${server.url}/`, { method: 'POST', headers: { 'x-amz-target': 'Kinesis_20131202.ListStreams' }, body: '{}' });
      expect(JSON.parse(await unsigned.text()).__type).toBe('MissingAuthenticationTokenException');
    } finally {
      await server.close();
    }
  });

  it('--host other than loopback warns on stderr', async () => {
    const { outcome, err } = await run(['serve', '--host', '0.0.0.0']);
    await (outcome as { close(): Promise<void> }).close();
    expect(err).toEqual([expect.stringMatching(/^\[kinesis-sse-harness\] warning: serving on 0\.0\.0\.0, not loopback/)]);
  });

  it('no command: the usage, exit 2; help: the usage, exit 0', async () => {
    expect(await run([])).toEqual({ outcome: 2, out: [SERVE_USAGE.trimEnd()], err: [] });
    expect(await run(['--help'])).toEqual({ outcome: 0, out: [SERVE_USAGE.trimEnd()], err: [] });
  });
});

describe('parseServeArgs', () => {
  it('defaults, and --flag=value', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, host: '127.0.0.1', clock: 'manual', checkAuth: false, world: {}, help: false });
    expect(parseServeArgs(['--port=4566', '--start=2026-01-01T00:00:00Z', '--clock=realtime'])).toMatchObject({ port: 4566, start: Date.UTC(2026, 0, 1), clock: 'realtime' });
  });

  it('--seed, --account and --region win over the world options file', () => {
    expect(parseServeArgs(['--world-options', 'fixtures/server/world-options.json', '--seed', '5']).world).toEqual({
      kinesis: { durations: { updating: 2000 } },
      firehose: { durations: { enabling: 3000 } },
      seed: 5,
    });
  });
});
