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
