import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { propertyParts } from '../../src/fast-check/index';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');

describe('propertyParts', () => {
  it('checks the same runs with the same seeds in all, whatever the number of shards', () => {
    const all = propertyParts({ numRuns: 1_003, seed: 42, parts: 12, shard: '1/1' });
    expect(all.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(all.reduce((n, p) => n + p.numRuns, 0)).toBe(1_003);
    expect(new Set(all.map((p) => p.seed)).size).toBe(12);
    for (const count of [2, 3, 5, 12]) {
      const shards = Array.from({ length: count }, (_, i) => propertyParts({ numRuns: 1_003, seed: 42, parts: 12, shard: `${i + 1}/${count}` }));
      const union = shards.flat().sort((a, b) => a.index - b.index);
      expect(union).toEqual(all);
      expect(shards.every((s) => s.length > 0)).toBe(true);
    }
    expect(propertyParts({ numRuns: 1_000, seed: 42, parts: 4, shard: '2/2' }).map((p) => p.index)).toEqual([2, 4]);
    expect(all[0]).toMatchObject({ parts: 12, numRuns: 84, params: { seed: all[0]!.seed, numRuns: 84 }, label: `part 1 of 12 (seed ${all[0]!.seed}, 84 runs)` });
    // Another seed, other part seeds.
    expect(propertyParts({ numRuns: 1_003, seed: 43, parts: 12 })[0]!.seed).not.toBe(all[0]!.seed);
  });

  it('reads the shard from KINESIS_SSE_HARNESS_SHARD, and refuses what it cannot honour', () => {
    process.env['KINESIS_SSE_HARNESS_SHARD'] = '3/4';
    try {
      expect(propertyParts({ numRuns: 100, seed: 1, parts: 8 }).map((p) => p.index)).toEqual([3, 7]);
    } finally {
      delete process.env['KINESIS_SSE_HARNESS_SHARD'];
    }
    expect(propertyParts({ numRuns: 100, seed: 1 })).toHaveLength(16);
    expect(propertyParts({ numRuns: 5, seed: 1 })).toHaveLength(5);
    expect(() => propertyParts({ numRuns: 100, seed: 1, parts: 4, shard: '5/5' })).toThrow(
      "[kinesis-sse-harness] propertyParts: shard 5/5 would get no part of 4; use at least as many parts as shards (parts: 5 or more)",
    );
    expect(() => propertyParts({ numRuns: 100, seed: 1, shard: '0/2' })).toThrow("a shard is '<index>/<count>' with 1 <= index <= count (as vitest's --shard); got '0/2'");
    expect(() => propertyParts({ numRuns: 100, seed: 1, shard: '3/2' })).toThrow(TypeError);
    expect(() => propertyParts({ numRuns: 0, seed: 1 })).toThrow('numRuns must be a whole number >= 1; got 0');
    expect(() => propertyParts({ numRuns: 10, seed: 1.5 })).toThrow('seed must be a whole number; got 1.5');
    expect(() => propertyParts({ numRuns: 10, seed: 1, parts: 11 })).toThrow('parts must be a whole number from 1 to numRuns (10); got 11');
  });
});

interface Report {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string; meta: Record<string, number>; failureMessages: string[] }[] }[];
}

/** Each part's title, outcome, seed, runs, and its replay line when it failed. */
function parts(report: Report): string[] {
  return report.testResults
    .flatMap((f) => f.assertionResults)
    .map((a) => `${a.title} ${a.status} seed=${a.meta['seed']} planned=${a.meta['planned']} runs=${a.meta['runs']} ${a.failureMessages.join('').split('\n').find((l) => l.startsWith('Replay it:')) ?? ''}`)
    .sort();
}

describe('a sharded property over two vitest shards, merged with --merge-reports', () => {
  it('checks the same parts, runs and seeds, and reports the same counterexamples and replay lines, as one shard', { timeout: 180_000 }, async () => {
    const dir = join(root, '.tmp', 'shard-spec');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
    const config = join(root, 'fixtures', 'sharding', 'vitest.config.ts');
    const child = (shard: string | undefined, args: string[]): Promise<unknown> => {
      const env: NodeJS.ProcessEnv = { ...process.env, KINESIS_SSE_HARNESS_SHARD: shard ?? '', VITEST: undefined, VITEST_WORKER_ID: undefined, VITEST_POOL_ID: undefined, NODE_ENV: undefined };
      if (shard === undefined) delete env['KINESIS_SSE_HARNESS_SHARD'];
      // A failing part makes vitest exit 1: the reports are what this spec reads.
      return run(process.execPath, [vitest, ...args, '--config', config], { cwd: root, env, timeout: 150_000 }).catch((e: unknown) => e);
    };
    await Promise.all([
      child(undefined, ['run', '--reporter=json', `--outputFile=${join(dir, 'one.json')}`]),
      child('1/2', ['run', '--reporter=blob', `--outputFile=${join(dir, 'blobs', 'blob-1-2.json')}`]),
      child('2/2', ['run', '--reporter=blob', `--outputFile=${join(dir, 'blobs', 'blob-2-2.json')}`]),
    ]);
    await child('*/2', [`--merge-reports=${join(dir, 'blobs')}`, '--reporter=json', `--outputFile=${join(dir, 'merged.json')}`]);
    const one = JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')) as Report;
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')) as Report;
    expect(one.numTotalTests).toBe(8);
    expect(merged.numTotalTests).toBe(8);
    expect(merged.numFailedTests).toBe(one.numFailedTests);
    expect(one.numFailedTests).toBeGreaterThan(0);
    expect(parts(merged)).toEqual(parts(one));
    const planned = merged.testResults.flatMap((f) => f.assertionResults).reduce((n, a) => n + a.meta['planned']!, 0);
    expect(planned).toBe(240);
    // Both shards' failures are in the merged report, each with the replay line of its own seed.
    const replays = parts(merged).filter((p) => p.includes('Replay it: assertProperty(property, { seed: '));
    expect(replays).toHaveLength(one.numFailedTests);
  });
});
