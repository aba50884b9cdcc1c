// Measuring helpers shared by the benchmark sections: interleaved rounds, per-call cost, ratios.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type { mockClient } from 'aws-sdk-client-mock';

/** Options every section gets from the command line. */
export interface BenchOptions {
  /** Calls per contender per round. */
  readonly n: number;
  /** Interleaved rounds; the figures are medians over rounds. */
  readonly rounds: number;
  /** Calls per contender before measuring. */
  readonly warmup: number;
  /** Include the peers (kinesalite, kinesis-mock) started by start-peers.sh. */
  readonly peers: boolean;
  /** Exit non-zero when a mock/bare ratio is above the target. */
  readonly strict: boolean;
  /** Run the scale section (big worlds over small ones, about 30 s); `--no-scale` skips it. */
  readonly scale: boolean;
  /** Run the clients section (boto3 against the endpoint and the peers, the JS SDK against the endpoint). */
  readonly clients: boolean;
  /** Smaller scale and memory parameters (used by specs that run them): `--quick`. */
  readonly quick: boolean;
  /** Run only these sections (`--only scale,memory`); undefined: every enabled section. */
  readonly only: readonly string[] | undefined;
}

/** The ratio mock-over-bare-stub the project aims for. */
export const TARGET_RATIO = 1.25;

/** One way of making a call, measured against another. */
export interface Contender {
  readonly label: string;
  /** Makes call number `i` and resolves when it is answered. */
  readonly call: (i: number) => Promise<unknown>;
}

/** Per-call cost of one contender: the median over rounds, and every round. */
export interface Cost {
  readonly label: string;
  /** Median over rounds of the mean µs per call in the round. */
  readonly usPerOp: number;
  readonly rounds: readonly number[];
}

/** Two contenders on the same operation: `a` measured, `b` the baseline. */
export interface Comparison {
  readonly operation: string;
  readonly a: Cost;
  readonly b: Cost;
  /** Median over rounds of (a's µs/op ÷ b's µs/op in the same round). */
  readonly ratio: number;
}

/**
 * The median of a non-empty list.
 *
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * ```
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function loop(c: Contender, n: number, offset: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await c.call(offset + i);
  return ((performance.now() - t0) * 1000) / n;
}

/**
 * Measures contenders on one operation in interleaved rounds. Each round runs every contender
 * twice for `n / 2` sequential, awaited calls, in mirrored order (A B B A, then B A A B in the
 * next round), so a drift in machine speed within a round, a noisy neighbour or a GC pause hits
 * all contenders alike. Returns each contender's per-round µs/op.
 *
 * @example
 * ```ts
 * const [mock, bare] = await interleave([mockContender, bareContender], options);
 * ```
 */
export async function interleave(contenders: readonly Contender[], options: Pick<BenchOptions, 'n' | 'rounds' | 'warmup'>): Promise<number[][]> {
  for (const c of contenders) for (let i = 0; i < options.warmup; i++) await c.call(i);
  const perRound: number[][] = contenders.map(() => []);
  const half = Math.max(1, Math.floor(options.n / 2));
  let offset = options.warmup;
  for (let r = 0; r < options.rounds; r++) {
    const forward = contenders.map((_, i) => i);
    if (r % 2 === 1) forward.reverse();
    const order = [...forward, ...[...forward].reverse()];
    const total = contenders.map(() => 0);
    for (const i of order) {
      total[i] = total[i]! + (await loop(contenders[i]!, half, offset));
      offset += half;
    }
    total.forEach((t, i) => perRound[i]!.push(t / 2));
  }
  return perRound;
}

/**
 * Compares `a` against the baseline `b` on one operation (see {@link interleave}).
 *
 * @example
 * ```ts
 * const c = await compare('PutRecord', mock, bare, options);
 * console.log(c.ratio);
 * ```
 */
export async function compare(operation: string, a: Contender, b: Contender, options: Pick<BenchOptions, 'n' | 'rounds' | 'warmup'>): Promise<Comparison> {
  const [ra, rb] = await interleave([a, b], options);
  const ratios = ra!.map((x, i) => x / rb![i]!);
  return {
    operation,
    a: { label: a.label, usPerOp: median(ra!), rounds: ra! },
    b: { label: b.label, usPerOp: median(rb!), rounds: rb! },
    ratio: median(ratios),
  };
}

const fmt = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);

/**
 * Prints comparisons as a table, with the ratio and whether it meets `target` (when given).
 *
 * @example
 * ```ts
 * printComparisons('Kinesis', [c1, c2], TARGET_RATIO);
 * ```
 */
export function printComparisons(title: string, comparisons: readonly Comparison[], target?: number): void {
  console.log(`\n${title}`);
  for (const c of comparisons) {
    const verdict = target === undefined ? '' : c.ratio <= target ? `  ok (target ≤ ${target}×)` : `  ABOVE TARGET (≤ ${target}×)`;
    console.log(
      `  ${c.operation.padEnd(24)} ${c.a.label.padEnd(22)} ${fmt(c.a.usPerOp).padStart(10)}/op   ` +
        `${c.b.label.padEnd(22)} ${fmt(c.b.usPerOp).padStart(10)}/op   ratio ${c.ratio.toFixed(2)}×${verdict}`,
    );
    console.log(`  ${''.padEnd(24)} rounds µs/op: ${c.a.rounds.map((x) => x.toFixed(1)).join(' ')}  |  ${c.b.rounds.map((x) => x.toFixed(1)).join(' ')}`);
  }
}

/**
 * Reads `--n`, `--rounds`, `--warmup`, `--peers`, `--strict`, `--no-scale`, `--clients`, `--quick`, `--only a,b` from argv.
 *
 * @example
 * ```ts
 * parseArgs(['--peers', '--rounds', '9']);
 * ```
 */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const num = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const v = Number(argv[i + 1]);
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`--${name} needs a whole number; got ${String(argv[i + 1])}`);
    return v;
  };
  return {
    n: num('n', 1000),
    rounds: num('rounds', 15),
    warmup: num('warmup', 300),
    peers: argv.includes('--peers'),
    strict: argv.includes('--strict'),
    scale: !argv.includes('--no-scale'),
    clients: argv.includes('--clients'),
    quick: argv.includes('--quick'),
    only: argv.includes('--only') ? String(argv[argv.indexOf('--only') + 1] ?? '').split(',').filter((x) => x !== '') : undefined,
  };
}

/** The sandbox `mockClient(client, { sandbox })` takes (typed by aws-sdk-client-mock's own declarations). */
export type ClientMockSandbox = NonNullable<NonNullable<Parameters<typeof mockClient>[1]>['sandbox']>;

/**
 * The copy of sinon aws-sdk-client-mock itself uses (its CommonJS build, required as the package
 * requires it), for a sandbox of a bench's bare stub. `import sinon from 'sinon'` would load the ESM
 * build, a second copy, and a stub made in its sandbox answered 1.5–2× slower than a plain
 * `mockClient(client)`, which flattered every ratio against it.
 *
 * @example
 * ```ts
 * const sandbox = clientMockSinon().createSandbox();
 * const bare = mockClient(new KinesisClient({}), { sandbox });
 * ```
 */
export function clientMockSinon(): { createSandbox(): ClientMockSandbox } {
  const fromClientMock = createRequire(createRequire(import.meta.url).resolve('aws-sdk-client-mock'));
  return fromClientMock('sinon') as { createSandbox(): ClientMockSandbox };
}
