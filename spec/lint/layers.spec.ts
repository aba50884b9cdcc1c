// The layer fences of docs/architecture.md, as eslint.config.js writes them: each case lints one
// in-memory file placed in a layer with ESLint's Node API and expects the import to pass or to fail.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

/** The import-fence errors ESLint reports for `code` placed at `file` (relative to the repository). */
async function fenceErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const importOf = (specifier: string): string => `import { x } from '${specifier}';\nexport const y = x;\n`;

// [file, specifier]: imports each layer may make.
const allowed: readonly (readonly [string, string])[] = [
  ['src/model/x.ts', './result'],
  ['src/model/kinesis/x.ts', '../world'], // src/model/world.ts, not src/world
  ['src/model/kinesis/x.ts', '../../model/result'],
  ['src/model/kinesis/deeper/x.ts', '../../kms/state'],
  ['src/clock/x.ts', '../model/duration'],
  ['src/world/x.ts', '../model/world'],
  ['src/world/x.ts', '../clock/clock'],
  ['src/sdk/x.ts', '../world/index'],
  ['src/sdk/x.ts', '../model/errors'],
  ['src/sdk/x.ts', '@aws-sdk/client-kinesis'],
  ['src/sdk/x.ts', 'node:module'],
  ['src/fast-check/x.ts', 'fast-check'],
  ['src/fast-check/x.ts', '../sdk/binding'],
  ['src/fast-check/steps/x.ts', '../../world/index'],
  ['src/fast-check/steps/x.ts', '../../clock/clock'],
  ['src/matchers/x.ts', '../world/timeline'],
  ['src/matchers/internal/x.ts', '../../model/trace'],
  ['src/matchers/internal/x.ts', '../types'],
  ['src/protocol/x.ts', '../model/errors'],
  ['src/server/x.ts', '../protocol/x'],
  ['src/server/x.ts', '../sdk/binding'],
  ['src/server/x.ts', '../world/index'],
  ['src/server/x.ts', 'node:http'],
  // The entries sit above every layer.
  ['src/index.ts', './sdk/kinesis'],
  ['src/vitest.ts', 'vitest'],
];

// [file, specifier]: imports that break a fence.
const forbidden: readonly (readonly [string, string])[] = [
  ['src/model/x.ts', '../sdk/binding'],
  ['src/model/x.ts', '../world/index'],
  ['src/model/x.ts', '../clock/clock'],
  ['src/model/x.ts', 'fast-check'],
  ['src/model/x.ts', 'node:crypto'],
  ['src/model/x.ts', '..'],
  ['src/model/x.ts', '../index'],
  ['src/model/kinesis/x.ts', '../../sdk/binding'],
  ['src/model/kinesis/x.ts', '../../world/index'],
  ['src/model/kinesis/deeper/x.ts', '../../../fast-check/index'],
  ['src/model/kinesis/x.ts', '../../../package.json'],
  ['src/model/x.ts', 'kinesis-sse-harness'],
  ['src/clock/x.ts', '../world/index'],
  ['src/clock/x.ts', '../sdk/binding'],
  ['src/clock/x.ts', '@sinonjs/fake-timers'],
  ['src/world/x.ts', '../sdk/binding'],
  ['src/world/x.ts', '../fast-check/index'],
  ['src/world/x.ts', '../matchers/index'],
  ['src/world/x.ts', 'kinesis-sse-harness/matchers'],
  ['src/world/x.ts', '@aws-sdk/client-kinesis'],
  ['src/sdk/x.ts', '../fast-check/scenario'],
  ['src/sdk/x.ts', '../matchers/index'],
  ['src/sdk/x.ts', 'kinesis-sse-harness'],
  ['src/fast-check/x.ts', '../matchers/index'],
  ['src/fast-check/steps/x.ts', '../../matchers/types'],
  ['src/fast-check/x.ts', 'kinesis-sse-harness/matchers'],
  ['src/matchers/x.ts', '../fast-check/index'],
  ['src/matchers/internal/x.ts', '../../sdk/binding'],
  ['src/matchers/x.ts', 'fast-check'],
  ['src/matchers/x.ts', 'vitest'],
  ['src/matchers/x.ts', '@jest/globals'],
  ['src/protocol/x.ts', '../world/index'],
  ['src/protocol/x.ts', '../sdk/binding'],
  ['src/protocol/x.ts', 'node:http'],
  ['src/server/x.ts', '../fast-check/index'],
  ['src/server/x.ts', '../matchers/index'],
];

describe('the layer fences (docs/architecture.md, Layers)', () => {
  it('src/model/x.ts importing ../sdk/binding fails lint with the reason', async () => {
    const [result] = await eslint.lintText(importOf('../sdk/binding'), { filePath: join(root, 'src/model/x.ts') });
    expect(result!.errorCount).toBe(1);
    expect(result!.messages[0]).toMatchObject({
      ruleId: 'no-restricted-imports',
      severity: 2,
      message: expect.stringContaining('src/model is pure: it imports only from src/model'),
    });
  });

  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expect(await fenceErrors(file, importOf(specifier))).toEqual([]);
  });

  it.each(forbidden)('%s may not import %s', async (file, specifier) => {
    expect(await fenceErrors(file, importOf(specifier))).toHaveLength(1);
  });

  it('fences type-only imports and re-exports too', async () => {
    expect(await fenceErrors('src/world/x.ts', "import type { KinesisStub } from '../sdk/kinesis';\nexport type S = KinesisStub;\n")).toHaveLength(1);
    expect(await fenceErrors('src/model/x.ts', "export { mockKinesis } from '../sdk/kinesis';\n")).toHaveLength(1);
    expect(await fenceErrors('src/matchers/x.ts', "export * from '../fast-check/index';\n")).toHaveLength(1);
  });

  it('every file in a folder of src/ is fenced (a new layer folder needs its entry in eslint.config.js)', async () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const unfenced: string[] = [];
    for (const file of files(join(root, 'src'))) {
      if (dirname(file) === join(root, 'src')) continue; // the entries
      const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> };
      if (config.rules?.['no-restricted-imports'] === undefined) unfenced.push(relative(root, file));
    }
    expect(unfenced).toEqual([]);
  });
});

describe('the repository', () => {
  it('src/ lints clean (no errors, no warnings)', async () => {
    const results = await new ESLint({ cwd: root }).lintFiles(['src']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${relative(root, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`));
    expect(problems).toEqual([]);
  }, 120_000);
});
