/**
 * `npm run fuzz [-- --binding send|transport|json|all --inputs N --seed S]`: generated inputs per
 * service through each binding, checked call by call (see check.ts):
 *
 * - `send`: the send-level stubs (`mockKinesis` / `mockFirehose` / `mockKms`); default 20,000 inputs
 *   per service (about 3 ms an input);
 * - `transport`: real SDK clients on `requestHandler(world)`, so the SDK's serializer, the JSON 1.1
 *   codec and the SDK's deserializer run (fuzz/wire.ts); default 1,000 inputs per service (the SDK
 *   takes seconds to serialize a 10 MiB typed array where a string belongs: about 100 ms an input on average);
 * - `json`: hand-built requests to the handler, the generators' inputs as JSON bodies and raw-JSON-only
 *   garbage (fuzz/wire.ts); default 5,000 inputs per service (about 5 ms an input);
 * - `all` (the default): the three, one after another.
 *
 * A default `npm run fuzz` takes about 15 minutes on 2 cores (the same run goes on in two child
 * processes at once). `--inputs N` sets the count of every binding run. Then the trace hashes of the
 * two children must equal this one's. Prints the first reproductions, then one summary line per
 * service per binding and a total; exits non-zero on any crash, state change or differing trace.
 * The SDK's own client-side refusals (never sent to the world) are counted apart, not as crashes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Service } from '../src/model/errors';
import { fuzzService, stubBinding, summaryLine, type BindingFactory, type FuzzReport } from './check';
import { jsonBinding, jsonCalls, transportBinding } from './wire';

const SERVICES: readonly Service[] = ['kinesis', 'firehose', 'kms'];

/** The bindings `--binding` names. */
export const BINDINGS = ['send', 'transport', 'json'] as const;
/** One of {@link BINDINGS}. */
export type BindingName = (typeof BINDINGS)[number];

/** Inputs per service of a default run of each binding (a default `npm run fuzz` stays near 15 minutes on 2 cores). */
export const DEFAULT_INPUTS: Readonly<Record<BindingName, number>> = { send: 100_000, transport: 1_000, json: 5_000 };

const FACTORIES: Readonly<Record<BindingName, BindingFactory>> = { send: stubBinding, transport: transportBinding, json: jsonBinding };

/** A report of one service through one binding. */
export interface BindingReport extends FuzzReport {
  readonly binding: BindingName;
}

function option(name: string, fallback: number | undefined): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v)) throw new TypeError(`--${name} takes an integer; got ${process.argv[i + 1]}`);
  return v;
}

function bindingsOption(): readonly BindingName[] {
  const i = process.argv.indexOf('--binding');
  const v = i < 0 ? 'all' : process.argv[i + 1];
  if (v === 'all') return BINDINGS;
  if ((BINDINGS as readonly string[]).includes(v ?? '')) return [v as BindingName];
  throw new TypeError(`--binding takes send, transport, json or all; got ${v}`);
}

/** Runs every service through one binding; returns the reports. */
export async function runBinding(binding: BindingName, inputs: number, seed: number): Promise<BindingReport[]> {
  const reports: BindingReport[] = [];
  for (const service of SERVICES) {
    const r = await fuzzService({ service, inputs, seed, binding: FACTORIES[binding], ...(binding === 'json' ? { calls: (fw) => jsonCalls(service, fw.catalog) } : {}) });
    reports.push({ ...r, binding });
  }
  return reports;
}

/** Runs every service through the given bindings (`inputs` for each, or each binding's default). */
export async function runAll(inputs: number | undefined, seed: number, bindings: readonly BindingName[] = ['send']): Promise<BindingReport[]> {
  const reports: BindingReport[] = [];
  for (const b of bindings) reports.push(...(await runBinding(b, inputs ?? DEFAULT_INPUTS[b], seed)));
  return reports;
}

/** The key of a report in the children's hashes. */
const key = (r: { readonly binding: BindingName; readonly service: Service }): string => (r.binding === 'send' ? r.service : `${r.binding}/${r.service}`);

/**
 * Runs this script as a child with `--child`, resolving to its trace hashes by service (`kinesis`
 * for the send binding, `transport/kinesis` and `json/kinesis` for the others).
 */
export function childHashes(inputs: number | undefined, seed: number, bindings: readonly BindingName[] = ['send']): Promise<Record<string, string>> {
  const script = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, '--child', '--seed', String(seed), '--binding', bindings.length === 1 ? bindings[0]! : 'all'];
  if (inputs !== undefined) args.push('--inputs', String(inputs));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
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

const HELP = `npm run fuzz -- [--binding send|transport|json|all] [--inputs N] [--seed S]

  --binding  send: the send-level stubs (default ${DEFAULT_INPUTS.send} inputs per service)
             transport: real SDK clients on requestHandler(world) (default ${DEFAULT_INPUTS.transport} per service)
             json: hand-built JSON 1.1 requests, raw-JSON garbage included (default ${DEFAULT_INPUTS.json} per service)
             all: the three, one after another (the default; 30–40 minutes on 2 cores)
  --inputs   inputs per service for every binding run (default: each binding's count above)
  --seed     the seed (default 1)

Prints one line per service per binding: N inputs, C crashes, S state changes, trace identical: yes|no
(the same seed run in two child processes at once must give the same trace hashes), and a total.`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const inputs = option('inputs', undefined);
  const seed = option('seed', 1)!;
  const bindings = bindingsOption();
  if (process.argv.includes('--child')) {
    const reports = await runAll(inputs, seed, bindings);
    process.stdout.write(`${JSON.stringify(Object.fromEntries(reports.map((r) => [key(r), r.traceHash])))}\n`);
    return;
  }
  const children = Promise.all([childHashes(inputs, seed, bindings), childHashes(inputs, seed, bindings)]);
  children.catch(() => undefined);
  const reports = await runAll(inputs, seed, bindings);
  const [a, b] = await children;
  for (const r of reports) {
    for (const f of r.findings) {
      console.log(`[${f.kind}] ${r.binding} ${f.service}.${f.operation} (${f.generator}: ${f.note})\n    input: ${f.input}\n    ${f.what}`);
    }
    console.log(`[slowest] ${r.binding} ${r.service}.${r.slowest.operation}: ${r.slowest.ms.toFixed(0)} ms (${r.slowest.note})`);
    const kinds = Object.entries(r.refusalKinds);
    if (kinds.length > 0) console.log(`[client-side refusals] ${r.binding} ${r.service}: ${kinds.map(([k, n]) => `${n} × ${k}`).join('; ')}`);
  }
  const total = { inputs: 0, crashes: 0, stateChanges: 0, clientRefusals: 0 };
  let allIdentical = true;
  for (const r of reports) {
    const identical = a[key(r)] === r.traceHash && b[key(r)] === r.traceHash;
    allIdentical &&= identical;
    total.inputs += r.inputs;
    total.crashes += r.crashes;
    total.stateChanges += r.stateChanges;
    total.clientRefusals += r.clientRefusals;
    console.log(summaryLine(`${r.binding} ${r.service}`, r, identical));
  }
  console.log(summaryLine('total', total, allIdentical));
  const failed = total.crashes > 0 || total.stateChanges > 0 || !allIdentical;
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  });
}
