// Installation as users do it: pack the package, install the tarball into fresh projects, run
// their tests and type-check them.
//
// - esm-vitest: vitest 4, "type": "module", setupFiles kinesis-sse-harness/vitest; mockKinesis,
//   mockFirehose, a fast-check property, the matchers; tsc (NodeNext) on its tests (typed through
//   "types": ["kinesis-sse-harness/vitest"]) and on the vitest type fixture (use compiles, each misuse
//   fails with its error).
// - cjs-jest: jest 30, CommonJS, setupFilesAfterEnv kinesis-sse-harness/jest; the same in plain
//   require() JavaScript; tsc (Node16, CommonJS, so the .d.cts types) on both jest type fixtures.
// - vitest5-types: vitest 5's types only (vitest 5 needs Node >= 22.12 to run): the vitest fixture.
//
// The projects live in the OS temp folder, not under the repository: module and @types resolution
// walk up the folders, and the repository's node_modules would hide a dependency the package forgot.
// Run by `npm run test:consumers` (which .ci/run runs after `npm test` and counts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcedErrors, reportedErrors, runTsc } from '../types/type-fixtures';
import { buildAndPack, root, run, type Packed } from './pack';

const templates = join(root, 'spec/package/consumers');
const fixtures = join(root, 'spec/types/fixtures');
let packed: Packed;
let workdir = '';
let failed = false;

/** A child environment without vitest's own variables. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && k !== 'TEST'));
  return { ...env, NODE_ENV: 'test', FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
}

/** Copies a template project and the type fixtures it checks, pointing it at the tarball. */
function project(name: string, typeFixtures: readonly string[]): string {
  const dir = join(workdir, name);
  cpSync(join(templates, name), dir, { recursive: true });
  const manifest = join(dir, 'package.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('file:TARBALL', `file:${packed.tarball}`));
  for (const f of typeFixtures) {
    cpSync(join(fixtures, f), join(dir, 'types', f), { recursive: true, filter: (src) => !src.endsWith('tsconfig.json') });
  }
  return dir;
}

/** Installs a project's dependencies and the tarball, as a user would (`npm install`). */
function install(dir: string): void {
  const r = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env: cleanEnv(), timeout: 600_000 });
  failed ||= r.status !== 0;
  expect(r.status, `npm install in ${dir}:\n${r.output}`).toBe(0);
}

/** The project folder once its install test passed; a clear failure otherwise. */
function installed(dir: string): string {
  if (dir === '') throw new Error('the project was not installed (see the install test)');
  return dir;
}

/** Runs tsc in a project and compares the errors with the fixture's announced ones. */
async function checkTypes(dir: string, tsconfig: string, fixture: string): Promise<void> {
  const output = await runTsc(join(dir, 'node_modules/typescript/bin/tsc'), join(dir, tsconfig), dir);
  const folder = join(dir, 'types', fixture);
  const reported = reportedErrors(output, folder, dir);
  const announced = announcedErrors(folder);
  failed ||= JSON.stringify(reported) !== JSON.stringify(announced);
  expect(reported, output).toEqual(announced);
}

beforeAll(() => {
  packed = buildAndPack();
  workdir = mkdtempSync(join(tmpdir(), 'kinesis-sse-harness-consumers-'));
}, 300_000);

afterAll(() => {
  if (packed !== undefined) rmSync(packed.stage, { recursive: true, force: true });
  if (failed) console.error(`consumer projects kept for inspection in ${workdir}`);
  else if (workdir !== '') rmSync(workdir, { recursive: true, force: true });
});

describe('installing the tarball', () => {
  describe('vitest 4, ESM', () => {
    let dir = '';
    it('installs with npm', { timeout: 600_000 }, () => {
      const d = project('esm-vitest', ['vitest']);
      install(d);
      dir = d;
    });

    it('runs the project’s tests: mockKinesis, mockFirehose, a fast-check property, the matchers', () => {
      const r = run(process.execPath, [join(installed(dir), 'node_modules/vitest/vitest.mjs'), 'run'], { cwd: dir, env: cleanEnv() });
      failed ||= r.status !== 0;
      expect(r.output).toMatch(/Tests\s+4 passed \(4\)/);
      expect(r.status, r.output).toBe(0);
    });

    it('type-checks the project’s tests, typed through "types": ["kinesis-sse-harness/vitest"]', async () => {
      const output = await runTsc(join(installed(dir), 'node_modules/typescript/bin/tsc'), join(dir, 'tsconfig.json'), dir);
      const errors = reportedErrors(output, join(dir, 'test'), dir);
      failed ||= errors.length > 0;
      expect(errors, output).toEqual([]);
    });

    it('type-checks the vitest type fixture against the shipped .d.ts', async () => {
      await checkTypes(installed(dir), 'tsconfig.fixture.json', 'vitest');
    });
  });

  describe('jest 30, CommonJS', () => {
    let dir = '';
    it('installs with npm', { timeout: 600_000 }, () => {
      const d = project('cjs-jest', ['jest-globals', 'jest-global']);
      install(d);
      dir = d;
    });

    it('runs the project’s tests: mockKinesis, mockFirehose, a fast-check property, the matchers', () => {
      const r = run(process.execPath, [join(installed(dir), 'node_modules/jest/bin/jest.js'), '--ci'], { cwd: dir, env: cleanEnv() });
      failed ||= r.status !== 0;
      expect(r.output).toMatch(/Tests:\s+5 passed, 5 total/);
      expect(r.status, r.output).toBe(0);
    });

    it('type-checks the @jest/globals fixture against the shipped .d.cts', async () => {
      await checkTypes(installed(dir), 'tsconfig.globals.json', 'jest-globals');
    });

    it('type-checks the @types/jest global-expect fixture against the shipped .d.cts', async () => {
      await checkTypes(installed(dir), 'tsconfig.global.json', 'jest-global');
    });
  });

  describe('vitest 5 types', () => {
    let dir = '';
    it('installs with npm (vitest 5 warns that it wants Node >= 22.12; only its types are used)', { timeout: 600_000 }, () => {
      const d = project('vitest5-types', ['vitest']);
      install(d);
      dir = d;
    });

    it('type-checks the vitest type fixture with vitest 5’s Matchers<R, T>', async () => {
      const version = (JSON.parse(readFileSync(join(installed(dir), 'node_modules/vitest/package.json'), 'utf8')) as { version: string }).version;
      expect(version).toMatch(/^5\./);
      await checkTypes(dir, 'tsconfig.json', 'vitest');
    });
  });
});
