/**
 * `npm run fuzz [-- --inputs N --seed S]`: 100,000 generated inputs per service (default) through
 * the send-level stubs, checked call by call (see check.ts); then the same seed in two child
 * processes, whose trace hashes must equal this one's. Prints the first reproductions, then one
 * summary line per service and a total; exits non-zero on any crash, state change or differing trace.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Service } from '../src/model/errors';
import { fuzzService, summaryLine, type FuzzReport } from './check';

const SERVICES: readonly Service[] = ['kinesis', 'firehose', 'kms'];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v)) throw new TypeError(`--${name} takes an integer; got ${process.argv[i + 1]}`);
  return v;
}

/** Runs every service; returns the reports. */
export async function runAll(inputs: number, seed: number): Promise<FuzzReport[]> {
  const reports: FuzzReport[] = [];
  for (const service of SERVICES) reports.push(await fuzzService({ service, inputs, seed }));
  return reports;
}

/** Runs this script as a child with `--child`, resolving to its trace hashes by service. */
export function childHashes(inputs: number, seed: number): Promise<Record<string, string>> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--child', '--inputs', String(inputs), '--seed', String(seed)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`fuzz child exited with ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(line) as Record<string, string>);
    });
  });
}

async function main(): Promise<void> {
  const inputs = option('inputs', 100_000);
  const seed = option('seed', 1);
  if (process.argv.includes('--child')) {
    const reports = await runAll(inputs, seed);
    process.stdout.write(`${JSON.stringify(Object.fromEntries(reports.map((r) => [r.service, r.traceHash])))}\n`);
    return;
  }
  const children = Promise.all([childHashes(inputs, seed), childHashes(inputs, seed)]);
  children.catch(() => undefined);
  const reports = await runAll(inputs, seed);
  const [a, b] = await children;
  let failed = false;
  for (const r of reports) {
    for (const f of r.findings) {
      console.log(`[${f.kind}] ${f.service}.${f.operation} (${f.generator}: ${f.note})\n    input: ${f.input}\n    ${f.what}`);
    }
    console.log(`[slowest] ${r.service}.${r.slowest.operation}: ${r.slowest.ms.toFixed(0)} ms (${r.slowest.note})`);
  }
  const total = { inputs: 0, crashes: 0, stateChanges: 0 };
  let allIdentical = true;
  for (const r of reports) {
    const identical = a[r.service] === r.traceHash && b[r.service] === r.traceHash;
    allIdentical &&= identical;
    total.inputs += r.inputs;
    total.crashes += r.crashes;
    total.stateChanges += r.stateChanges;
    console.log(summaryLine(r.service, r, identical));
  }
  console.log(summaryLine('total', total, allIdentical));
  failed = total.crashes > 0 || total.stateChanges > 0 || !allIdentical;
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  });
}
