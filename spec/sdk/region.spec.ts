import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 14.2: a test that names no region answers the same whatever AWS_REGION, AWS_PROFILE,
// AWS_CONFIG_FILE or ~/.aws say, and never hangs (the SDK's own config loaders, which read files with
// real I/O, are never asked), through both bindings and under fake timers.

const ROOT = resolve(__dirname, '../..');
const CHILD = resolve(__dirname, 'fixtures/region-probe.ts');
const dir = mkdtempSync(join(tmpdir(), 'ksh-region-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function probe(env: Record<string, string>): unknown {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('AWS_')) base[k] = v;
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...base, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

describe('a test that names no region', () => {
  const home = join(dir, 'home');
  mkdirSync(join(home, '.aws'), { recursive: true });
  writeFileSync(join(home, '.aws', 'config'), '[default]\nregion = ap-southeast-2\n[profile other]\nregion = sa-east-1\n');
  writeFileSync(join(home, '.aws', 'credentials'), '[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n');
  const configFile = join(dir, 'config');
  writeFileSync(configFile, '[default]\nregion = eu-central-1\n[profile nope]\nregion = me-south-1\n');
  const clean = { HOME: join(dir, 'empty-home') };
  let cleanResult: unknown;
  const inCleanEnv = (): unknown => (cleanResult ??= probe(clean));

  it('answers from the world, in its region, with nothing in the environment', () => {
    const expected = {
      out: { status: 'ACTIVE', arn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', streams: ['orders'], aliases: 0 },
      regions: ['us-east-1', 'us-east-1', 'us-east-1'],
    };
    expect(inCleanEnv()).toStrictEqual({ send: expected, transport: expected });
  }, 150_000);

  it.each([
    ['AWS_REGION', { ...clean, AWS_REGION: 'eu-west-1' }],
    ['AWS_DEFAULT_REGION', { ...clean, AWS_DEFAULT_REGION: 'eu-west-1' }],
    ['AWS_PROFILE naming no profile', { ...clean, AWS_PROFILE: 'nope' }],
    ['AWS_CONFIG_FILE with another region', { ...clean, AWS_CONFIG_FILE: configFile, AWS_PROFILE: 'nope' }],
    ['~/.aws/config and credentials with another region', { HOME: home, AWS_PROFILE: 'other' }],
    ['all of them at once', { HOME: home, AWS_REGION: 'eu-west-1', AWS_PROFILE: 'nope', AWS_CONFIG_FILE: configFile }],
  ])('answers the same with %s', (_name, env) => {
    expect(probe(env)).toStrictEqual(inCleanEnv());
  }, 300_000);
});
