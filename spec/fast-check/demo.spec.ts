import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

// `npm run demo` needs nothing but `npm ci`: it runs the examples with tsx (a devDependency), and
// tsx resolves the package names the examples import to src/ through tsconfig.json's paths, so
// neither a build (dist/) nor a packed package is involved. (The demo's output itself is checked by
// examples.spec.ts and guide-output.spec.ts.)
const root = join(__dirname, '../..');

it('npm run demo runs the examples from the sources, needing no build', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
  expect(pkg.scripts['demo']).toBe('node --import tsx examples/demo.ts');
  expect(pkg.devDependencies['tsx']).toBeDefined();

  const specifiers = new Set<string>();
  for (const file of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(root, 'examples', file), 'utf8');
    expect(text, `examples/${file} reaches into dist/`).not.toMatch(/from '[^']*dist[/']/);
    for (const m of text.matchAll(/from '(kinesis-sse-harness[^']*)'/g)) specifiers.add(m[1]!);
  }
  expect([...specifiers]).toContain('kinesis-sse-harness/fast-check');

  const script = `for (const s of ${JSON.stringify([...specifiers])}) console.log(import.meta.resolve(s));`;
  const resolved = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim().split('\n');
  const src = pathToFileURL(join(root, 'src')).href;
  expect(resolved).toHaveLength(specifiers.size);
  for (const url of resolved) expect(url.startsWith(`${src}/`), url).toBe(true);
});

// Issue 14.9: `npm run demo -- <example>` runs one example and replays each failure from the seed and
// path of its "Replay it" line, which says where `property` comes from.
it('npm run demo -- <example> runs that example only, says where the replayed property comes from, and replays it', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts', 'ensure-stream-encrypted'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    timeout: 240_000,
  });
  expect(out).toContain('1. A remediation that ensures a stream is encrypted with a usable key  (examples/ensure-stream-encrypted.ts)');
  expect(out).not.toMatch(/^2\. /m);
  const replayLines = out.split('\n').filter((l) => l.trim().startsWith('Replay it: assertProperty(property, '));
  expect(replayLines).toHaveLength(2);
  expect(out).toContain("  where property = exampleProperty('ensure-stream-encrypted', 'naive', 'not waiting for ACTIVE')");
  expect(out).toContain("  where property = exampleProperty('ensure-stream-encrypted', 'naive', 'ignoring a disabled key')");
  expect(out).toContain("(import { exampleProperty } from './examples/properties'; npm run demo -- ensure-stream-encrypted replays it)");
  // Each replay uses exactly the seed and path its "Replay it" line printed.
  for (const line of replayLines) {
    const call = line.trim().replace(/^Replay it: /, '');
    expect(out).toContain(`     replay: ${call}\n       failed again after 1 run, with the same counterexample`);
  }
  expect(out).toMatch(/2 bugs found in 1 naive version; 1 of 1 correct version held; 2 of 2 failures replayed from their seed and path; \d+ runs in/);
}, 300_000);

it('npm run demo -- <unknown> names the examples and exits with 2', () => {
  let status = 0;
  let stderr = '';
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts', 'no-such-example'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (e) {
    status = (e as { status: number }).status;
    stderr = String((e as { stderr: unknown }).stderr);
  }
  expect(status).toBe(2);
  expect(stderr).toContain('Unknown example: no-such-example. The examples: ensure-stream-encrypted, rotate-stream-key, firehose-enable-encryption, encrypt-then-publish, stream-encryption-guard, concurrent-encryption.');
}, 150_000);

it('exampleProperty builds the property the demo checked, and names what it does not know', async () => {
  const { exampleProperty } = await import('../../examples/properties');
  expect(() => exampleProperty('nope', 'naive')).toThrow(/no example named "nope"; the examples: ensure-stream-encrypted, /);
  expect(() => exampleProperty('ensure-stream-encrypted', 'naive', 'nope')).toThrow(/has no bug named "nope"; its bugs: "not waiting for ACTIVE", "ignoring a disabled key"/);
  const { assertProperty, PropertyFailure } = await import('../../src/fast-check/index');
  const replayed = await assertProperty(exampleProperty('ensure-stream-encrypted', 'naive', 'not waiting for ACTIVE'), { seed: 1, path: '0:0:0:0:0:0:0:0:0:0:0:0:0:0', endOnFailure: true }).catch((e: unknown) => e);
  expect(replayed).toBeInstanceOf(PropertyFailure);
  expect((replayed as InstanceType<typeof PropertyFailure>).message).toContain("Failure: Error: ensureStreamEncrypted returned 'encrypted' but the stream is UPDATING");
}, 60_000);
