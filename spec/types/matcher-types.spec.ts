// The matchers' types, per runner: each fixture's use.ts compiles without an error and each line of
// its misuse.ts marked `// error: TSnnnn <reason>` fails with exactly that error, for that reason (the
// message contains it), and nothing else fails.
// Here against src (vitest 4, expect 30 through @jest/globals, @types/jest's global expect); the
// consumer projects (spec/package) repeat them against the packed tarball, and add vitest 5.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { announcedErrors, reportedErrors, runTsc } from './type-fixtures';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');

describe('matcher types', () => {
  for (const [fixture, runner] of [
    ['vitest', 'vitest 4'],
    ['jest-globals', 'jest 30 with @jest/globals (expect 30)'],
    ['jest-global', 'jest 30 with the global expect of @types/jest'],
  ] as const) {
    it(`${runner}: the use compiles, each misuse fails with its error`, { timeout: 60_000 }, async () => {
      const folder = join(root, 'spec/types/fixtures', fixture);
      const output = await runTsc(tsc, join(folder, 'tsconfig.json'), root);
      expect(reportedErrors(output, folder, root)).toEqual(announcedErrors(folder));
    });
  }
});
