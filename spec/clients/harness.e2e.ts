// The client suite's own guarantees: a missing client fails its tests with a plain message naming
// what to install (never a skip), and a client that outlives its timeout is killed and reported.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientEnv, requireClient, root, runClient, type ClientCheck } from './endpoint';

describe('the client suite', () => {
  it('a client that is not installed fails with "<client> is not installed: <how to install>"', () => {
    const missing: ClientCheck = { name: 'boto3 (for /nonexistent/python3)', command: '/nonexistent/python3', args: ['-c', 'import boto3'], install: 'apt-get install python3-boto3' };
    expect(() => requireClient(missing)).toThrow(/^boto3 \(for \/nonexistent\/python3\) is not installed: apt-get install python3-boto3$/);
  });

  it('a client whose probe runs but fails (a module that does not import) is not installed either', () => {
    const broken: ClientCheck = { name: 'R paws', command: 'sh', args: ['-c', 'echo "there is no package called paws" >&2; exit 1'], install: 'Rscript .ci/install-r-clients.R' };
    expect(() => requireClient(broken)).toThrow('R paws is not installed: Rscript .ci/install-r-clients.R (probe said: there is no package called paws)');
  });

  it('a client still running at its timeout is killed, with its process group, and says so', async () => {
    const r = await runClient('sh', ['-c', 'sleep 30 & sleep 30'], { env: clientEnv('http://127.0.0.1:1'), timeoutMs: 300 });
    expect(r.signal).toBe('SIGKILL');
    expect(r.stderr).toContain('still running after 300 ms: killed');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('clients get fake credentials and no config files, whatever the user’s environment says', () => {
    process.env['AWS_PROFILE'] = 'production';
    try {
      const env = clientEnv('http://127.0.0.1:1');
      expect(env['AWS_PROFILE']).toBeUndefined();
      expect(env).toMatchObject({ AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '', HARNESS_URL: 'http://127.0.0.1:1' });
    } finally {
      delete process.env['AWS_PROFILE'];
    }
  });

  it('the environment the docs’ sessions export is the one the suite runs every client in', () => {
    const doc = join(root, 'docs/server.md');
    expect(existsSync(doc) && readFileSync(doc, 'utf8').includes('<!-- client-env -->'), 'docs/server.md has a <!-- client-env --> block').toBe(true);
    const block = /<!-- client-env -->\s*\n```sh\n([\s\S]*?)\n```/.exec(readFileSync(doc!, 'utf8'))![1]!;
    const exported = Object.fromEntries(
      block.split('\n').map((line) => {
        const m = /^export (\w+)=(.*)$/.exec(line);
        expect(m, `not an export line: ${line}`).not.toBeNull();
        return [m![1]!, m![2]!.replace(/^'(.*)'$/, '$1')];
      }),
    );
    const env = clientEnv('http://127.0.0.1:4566');
    const ours = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('AWS_') || k === 'HARNESS_URL'));
    expect(exported).toEqual(ours);
  });
});
