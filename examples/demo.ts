// npm run demo — property tests find the bugs in naive SSE code and print replayable counterexamples.
// npm run demo -- <example> — one example only (e.g. ensure-stream-encrypted), each failure then replayed.
//
// For each example (examples/*.ts), the naive version is checked against each of its bugs'
// scenarios: fast-check finds a failing scenario, shrinks it, and assertProperty prints the
// counterexample, how to replay it and the timeline of what happened. The correct version is then
// checked against all of them. Everything runs in virtual time, from fixed seeds.
import { performance } from 'node:perf_hooks';
import { assertProperty, PropertyFailure } from 'kinesis-sse-harness/fast-check';
import { EXAMPLES, type Bug, type Example } from './properties';

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

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The line saying where the "Replay it" line's `property` comes from, and how to rerun this one example. */
function whereProperty(example: Example, bug: Bug): string {
  return [
    `  where property = exampleProperty(${quote(example.name)}, 'naive', ${quote(bug.name)})`,
    `  (import { exampleProperty } from './examples/properties'; npm run demo -- ${example.name} replays it)`,
  ].join('\n');
}

/** The failure's message with the "Replay it" line followed by where `property` comes from. */
function withWhere(message: string, example: Example, bug: Bug): string {
  const lines = message.split('\n');
  const at = lines.findIndex((l) => l.startsWith('Replay it: '));
  if (at < 0) return message;
  let end = at + 1;
  while (end < lines.length && lines[end]!.startsWith('  and pass ')) end++;
  lines.splice(end, 0, whereProperty(example, bug));
  return lines.join('\n');
}

/** Replays a failure from its seed and path alone, as the "Replay it" line says, and reports how that went. */
async function replayFailure(example: Example, bug: Bug, failure: PropertyFailure): Promise<boolean> {
  const started = performance.now();
  try {
    await assertProperty(example.property('naive', bug), { seed: failure.seed, path: failure.path, endOnFailure: true });
    console.log(red(`     replay: assertProperty(property, { seed: ${failure.seed}, path: ${JSON.stringify(failure.path)}, endOnFailure: true }) PASSED: not replayable`));
    return false;
  } catch (error) {
    if (!(error instanceof PropertyFailure)) throw error;
    const same = JSON.stringify(error.counterexample) === JSON.stringify(failure.counterexample);
    const line = `     replay: assertProperty(property, { seed: ${failure.seed}, path: ${JSON.stringify(failure.path)}, endOnFailure: true })`;
    console.log(
      `${line}\n       failed again after ${error.details.numRuns} run${error.details.numRuns === 1 ? '' : 's'}, ` +
        `${same ? 'with the same counterexample' : red('with ANOTHER counterexample')} ${dim(`(${seconds(performance.now() - started)})`)}`,
    );
    console.log(indent(error.message.split('\n').slice(0, 3).join('\n'), '       '));
    return same;
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const examples = only.length === 0 ? EXAMPLES : EXAMPLES.filter((e) => only.includes(e.name));
  const unknown = only.filter((name) => !EXAMPLES.some((e) => e.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown example${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}. The examples: ${EXAMPLES.map((e) => e.name).join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  const replaying = only.length > 0;
  console.log(bold('kinesis-sse-harness demo: property tests against naive and correct SSE code'));
  console.log(dim(`Every run below is in virtual time, from a fixed seed; each failure says how to replay it${replaying ? ', and is replayed' : ''}.\n`));
  let bugsFound = 0;
  let bugsMissed = 0;
  let correctHeld = 0;
  let correctFailed = 0;
  let runs = 0;
  let replayFailed = 0;
  for (const example of examples) {
    const i = EXAMPLES.indexOf(example);
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
        console.log(indent(withWhere(error.message, example, bug), '     '));
        if (replaying && !(await replayFailure(example, bug, error))) replayFailed++;
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
  const ok = bugsMissed === 0 && correctFailed === 0 && replayFailed === 0;
  const replays = replaying ? ` ${bugsFound - replayFailed} of ${bugsFound} failures replayed from their seed and path;` : '';
  console.log(
    (ok ? green : red)(
      `${bugsFound} bug${bugsFound === 1 ? '' : 's'} found in ${examples.length} naive version${examples.length === 1 ? '' : 's'}; ${correctHeld} of ${examples.length} correct version${examples.length === 1 ? '' : 's'} held;${replays} ${runs} runs in ${total}.`,
    ),
  );
  if (!ok) process.exitCode = 1;
}

await main();
