// npm run demo — property tests find the bugs in naive SSE code and print replayable counterexamples.
//
// For each example (examples/*.ts), the naive version is checked against each of its bugs'
// scenarios: fast-check finds a failing scenario, shrinks it, and assertProperty prints the
// counterexample, how to replay it and the timeline of what happened. The correct version is then
// checked against all of them. Everything runs in virtual time, from fixed seeds.
import { performance } from 'node:perf_hooks';
import { assertProperty, PropertyFailure } from 'kinesis-sse-harness/fast-check';
import { EXAMPLES } from './properties';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const tty = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
const paint = (code: string) => (text: string) => (tty ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint('1');
const red = paint('31');
const green = paint('32');
const dim = paint('2');

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  console.log(bold('kinesis-sse-harness demo: property tests against naive and correct SSE code'));
  console.log(dim('Every run below is in virtual time, from a fixed seed; each failure says how to replay it.\n'));
  let bugsFound = 0;
  let bugsMissed = 0;
  let correctHeld = 0;
  let correctFailed = 0;
  let runs = 0;
  for (const [i, example] of EXAMPLES.entries()) {
    console.log(bold(`${i + 1}. ${example.title}`) + dim(`  (examples/${example.name}.ts)`));
    for (const bug of example.bugs) {
      const started = performance.now();
      try {
        const details = await assertProperty(example.property('naive', bug), { numRuns: example.numRuns, seed: bug.seed, ...(example.timeline === undefined ? {} : { timeline: example.timeline }) });
        runs += details.numRuns;
        bugsMissed++;
        console.log(red(`   naive, ${bug.name}: NOT FOUND in ${details.numRuns} runs`));
      } catch (error) {
        if (!(error instanceof PropertyFailure)) throw error;
        runs += error.details.numRuns + error.details.numShrinks;
        const found = bug.signature.test(error.message);
        if (found) bugsFound++;
        else bugsMissed++;
        console.log(`   ${found ? red('✗') : red('?')} naive — ${bold(bug.name)} ${dim(`(found in ${seconds(performance.now() - started)})`)}`);
        console.log(indent(error.message, '     '));
      }
      console.log('');
    }
    const started = performance.now();
    try {
      const details = await assertProperty(example.property('correct'), { numRuns: example.numRuns, seed: 1 });
      runs += details.numRuns;
      correctHeld++;
      console.log(`   ${green('✓')} correct — held over ${details.numRuns} runs ${dim(`(${seconds(performance.now() - started)})`)}\n`);
    } catch (error) {
      correctFailed++;
      console.log(red(`   correct — FAILED:`));
      console.log(indent(error instanceof Error ? error.message : String(error), '     '));
      console.log('');
    }
  }
  const total = seconds(performance.now() - t0);
  const ok = bugsMissed === 0 && correctFailed === 0;
  console.log(
    (ok ? green : red)(
      `${bugsFound} bug${bugsFound === 1 ? '' : 's'} found in ${EXAMPLES.length} naive versions; ${correctHeld} of ${EXAMPLES.length} correct versions held; ${runs} runs in ${total}.`,
    ),
  );
  if (!ok) process.exitCode = 1;
}

await main();
