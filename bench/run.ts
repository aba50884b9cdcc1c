// npm run bench [-- --peers] [--n 2000] [--rounds 7] [--warmup 300] [--strict] [--no-scale] [--quick] [--only scale,memory]
//
// One process, sections side by side. Each section measures per-call cost with interleaved rounds
// (see harness.ts) so a noisy 2-core machine hits every contender alike. Add a section by writing
// bench/<name>.ts exporting a run function and listing it below.
import os from 'node:os';
import { TARGET_RATIO, parseArgs, type BenchOptions, type Comparison } from './harness';
import { runFirehoseSection } from './firehose';
import { runKinesisSection } from './kinesis';
import { runMemorySection } from './memory';
import { runModelBasedSection } from './model-based';
import { runPeersSection } from './peers';
import { runScaleSection, SCALE_CALL_TARGET, SCALE_SETUP_TARGET } from './scale';
import { runTransportSection } from './transport';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

interface Section {
  readonly name: string;
  /** Whether the section runs with these options (peers only with --peers). */
  readonly enabled: (options: BenchOptions) => boolean;
  /** Comparisons against the target ratio (mock ÷ bare stub; transport ÷ canned-response handler), or undefined when skipped. */
  readonly run: (options: BenchOptions) => Promise<readonly Comparison[] | undefined>;
  /** Whether its ratios are held to TARGET_RATIO. */
  readonly targeted: boolean;
  /** The target of each ratio, when not TARGET_RATIO. */
  readonly targetOf?: (c: Comparison) => number;
}

const SECTIONS: readonly Section[] = [
  { name: 'kinesis', enabled: () => true, run: runKinesisSection, targeted: true },
  { name: 'firehose', enabled: () => true, run: runFirehoseSection, targeted: true },
  { name: 'transport', enabled: () => true, run: runTransportSection, targeted: true },
  { name: 'model-based', enabled: () => true, run: runModelBasedSection, targeted: false },
  {
    name: 'scale',
    enabled: (o) => o.scale,
    run: runScaleSection,
    targeted: true,
    targetOf: (c) => (c.a.label === 'big world' ? SCALE_SETUP_TARGET : SCALE_CALL_TARGET),
  },
  { name: 'peers', enabled: (o) => o.peers, run: runPeersSection, targeted: false },
];

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  console.log(
    `kinesis-sse-harness bench — node ${process.version}, ${os.cpus().length} CPUs, ${new Date().toISOString()}; ` +
      `n=${options.n} calls × ${options.rounds} interleaved rounds, warmup ${options.warmup}${options.peers ? ', with peers' : ' (add --peers for kinesalite/kinesis-mock)'}`,
  );
  const above: string[] = [];
  for (const section of SECTIONS) {
    if (!section.enabled(options) || (options.only !== undefined && !options.only.includes(section.name))) continue;
    const results = await section.run(options);
    if (!section.targeted) continue;
    for (const c of results ?? []) {
      const target = section.targetOf?.(c) ?? TARGET_RATIO;
      if (c.ratio > target) above.push(`${section.name} ${c.operation} ${c.ratio.toFixed(2)}× (target ${target}×)`);
    }
  }
  // The memory section (issue 13) judges its own figures: heap sizes and ratios with their own targets.
  if (options.scale && (options.only === undefined || options.only.includes('memory'))) above.push(...(await runMemorySection(options)));
  console.log(above.length === 0 ? `\nAll measured ratios are within their targets (mock/bare ${TARGET_RATIO}×; scale ${SCALE_CALL_TARGET}× per call, ${SCALE_SETUP_TARGET}× setup).` : `\nAbove target: ${above.join(', ')}`);
  if (options.strict && above.length > 0) process.exitCode = 1;
}

await main();
