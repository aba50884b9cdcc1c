// Runs the jest specs (spec/matchers/jest, registered through src/jest.ts) under jest 30 and turns
// each jest test into a test here, so jest's results count in this suite's report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface JestReport {
  readonly numTotalTests: number;
  readonly testResults: readonly {
    readonly name: string;
    readonly message: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly status: string; readonly failureMessages: readonly string[] }[];
  }[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const jestBin = createRequire(import.meta.url).resolve('jest/bin/jest');
const reportDir = mkdtempSync(join(tmpdir(), 'kinesis-sse-harness-jest-'));
const reportFile = join(reportDir, 'report.json');

function runJest(): { report: JestReport | undefined; output: string } {
  // A clean environment: nothing of vitest's, no colours (the jest snapshots are uncoloured).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'));
  const run = spawnSync(process.execPath, [jestBin, '--ci', '--config', join(root, 'jest.config.cjs'), '--json', '--outputFile', reportFile], {
    cwd: root,
    env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  try {
    return { report: JSON.parse(readFileSync(reportFile, 'utf8')) as JestReport, output };
  } catch {
    return { report: undefined, output };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

const { report, output } = runJest();

describe('jest 30 with kinesis-sse-harness/jest', () => {
  it('ran the jest specs', () => {
    expect(report, output).toBeDefined();
    expect(report!.numTotalTests, output).toBeGreaterThan(0);
    for (const file of report!.testResults) expect(file.message, file.name).toBe('');
  });

  for (const test of report?.testResults.flatMap((f) => f.assertionResults) ?? []) {
    it(`jest: ${test.fullName}`, () => {
      if (test.status !== 'passed') throw new Error(`jest says ${test.status}:\n${test.failureMessages.join('\n')}`);
    });
  }
});
