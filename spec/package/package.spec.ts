// The package as published: build once, pack, and check the tarball with publint and
// @arethetypeswrong/cli, plus what those do not check (what each entry imports, what is bundled).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, buildAndPack, root, run, type Packed } from './pack';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  sideEffects: string[];
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

let packed: Packed;
let dist = '';

/** The bare imports of a built ESM file, following its own chunks. */
function externalImports(file: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(file)) return out;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/^(?:import\s[^;]*?\sfrom\s|import\s|\}\s*from\s)"([^"]+)";/gms)) {
    const target = m[1]!;
    if (target.startsWith('./')) for (const x of externalImports(target.slice(2), seen)) out.add(x);
    else out.add(target);
  }
  return out;
}

beforeAll(() => {
  packed = buildAndPack();
  dist = join(packed.stage, 'dist');
}, 300_000);

afterAll(() => {
  if (packed !== undefined) rmSync(packed.stage, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('passes publint --strict', () => {
    const r = run(process.execPath, [bin('publint', 'publint'), 'run', packed.tarball, '--strict']);
    expect(r.output).toContain('All good!');
    expect(r.status, r.output).toBe(0);
  });

  it('passes @arethetypeswrong/cli (node10, node16 CJS and ESM, bundler) for every entry', () => {
    const r = run(process.execPath, [bin('@arethetypeswrong/cli', 'attw'), packed.tarball, '--format', 'ascii']);
    expect(r.output).toContain('No problems found');
    expect(r.status, r.output).toBe(0);
  });

  it('holds ESM, CommonJS and per-condition types for each entry, and no sources', () => {
    for (const [entry, conditions] of Object.entries(pkg.exports)) {
      if (typeof conditions === 'string') continue;
      for (const [condition, target] of Object.entries(conditions)) {
        expect(Object.keys(target), `${entry} ${condition}`).toEqual(['types', 'default']);
        for (const file of Object.values(target)) expect(packed.files, `${entry} ${condition}`).toContain(file.replace(/^\.\//, ''));
      }
      expect(conditions['import']!['types']).toMatch(/\.d\.ts$/);
      expect(conditions['require']!['types']).toMatch(/\.d\.cts$/);
    }
    expect(Object.keys(pkg.exports)).toEqual(['.', './fast-check', './matchers', './vitest', './jest', './server', './package.json']);
    expect(packed.files.filter((f) => f.startsWith('src/') || f.startsWith('spec/') || f.startsWith('fixtures/'))).toEqual([]);
    expect(packed.files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'CHANGELOG.md']));
  });

  it('ships the serve command as the bin, an ESM script with a shebang', () => {
    expect((pkg as unknown as { bin: Record<string, string> }).bin).toEqual({ 'kinesis-sse-harness': './dist/cli.js' });
    expect(packed.files).toContain('dist/cli.js');
    expect(readFileSync(join(dist, 'cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('names the two setup entries, and only them, as side effects', () => {
    expect(pkg.sideEffects).toEqual(['./dist/vitest.js', './dist/vitest.cjs', './dist/jest.js', './dist/jest.cjs']);
    for (const f of pkg.sideEffects) expect(packed.files).toContain(f.replace(/^\.\//, ''));
  });

  it('bundles no dependency: every import of the SDK, the mock, fast-check and the runners stays external', () => {
    const built = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f));
    // tsup's own import.meta.url shim for the CommonJS build (tsup.config.ts `shims`) is the one exception.
    for (const f of built) expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/\/\/ node_modules\/(?!tsup\/assets\/cjs_shims\.js)/);
  });

  it('loads from each entry only the peers that entry needs; those other entries need are optional', () => {
    const imports = Object.fromEntries(['index', 'fast-check', 'matchers', 'vitest', 'jest', 'server', 'cli'].map((e) => [e, [...externalImports(`${e}.js`)].sort()]));
    const sdk = ['@aws-sdk/client-firehose', '@aws-sdk/client-kinesis', '@aws-sdk/client-kms'];
    expect(imports).toEqual({
      // The main entry loads each SDK client only when a stub for it is made (src/sdk/load.ts).
      index: ['aws-sdk-client-mock', 'module'],
      // The fast-check entry loads the SDK clients and @sinonjs/fake-timers only when a run needs them
      // (src/fast-check/load.ts).
      'fast-check': ['aws-sdk-client-mock', 'fast-check', 'module'],
      matchers: [],
      vitest: ['vitest'],
      jest: [],
      // The loopback endpoint and its command need only Node's own modules.
      server: ['http', 'http2', 'net', 'perf_hooks', 'stream'],
      cli: ['fs', 'http', 'http2', 'net', 'perf_hooks', 'stream'],
    });
    // Every peer is optional: each entry needs only what a test actually uses.
    for (const name of [...sdk, 'fast-check', '@sinonjs/fake-timers', 'vitest', 'jest', 'expect']) {
      expect(pkg.peerDependencies[name], name).toBeDefined();
      expect(pkg.peerDependenciesMeta[name]?.optional, name).toBe(true);
    }
  });

  it('starts the setup entries’ declarations with the runner’s module, so the augmentation merges', () => {
    for (const ext of ['d.ts', 'd.cts']) {
      expect(readFileSync(join(dist, `vitest.${ext}`), 'utf8')).toMatch(/^import 'vitest';\n[\s\S]*declare module 'vitest'/);
      expect(readFileSync(join(dist, `jest.${ext}`), 'utf8')).toMatch(/^import 'expect';\n[\s\S]*declare module 'expect'/);
    }
  });
});
