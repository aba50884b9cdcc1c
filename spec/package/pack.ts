// Builds the package into a staging folder of its own (never the repository's dist/, which a
// developer may be rebuilding at the same time) and packs it there, as `npm publish` would.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** A packed build: where it was staged, the tarball, and the files the tarball holds. */
export interface Packed {
  readonly stage: string;
  readonly tarball: string;
  readonly files: readonly string[];
}

/** Runs a command; returns its exit status and its output (stdout, stderr and any spawn error). */
export function run(
  command: string,
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv; readonly timeout?: number } = {},
): { status: number | null; output: string } {
  const r = spawnSync(command, args, {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: options.timeout ?? 300_000,
    env: options.env ?? { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: r.status, output: `${r.stdout ?? ''}\n${r.stderr ?? ''}${r.error === undefined ? '' : `\n${String(r.error)}`}` };
}

/** The bin script of an installed package (`bin` as a string or as `{ [command]: path }`). */
export function bin(name: string, command: string): string {
  const dir = join(root, 'node_modules', name);
  const b = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> }).bin;
  return join(dir, typeof b === 'string' ? b : b[command]!);
}

/** Builds with tsup into a fresh staging folder, copies what `files` publishes, and runs `npm pack` there. */
export function buildAndPack(): Packed {
  const stage = mkdtempSync(join(tmpdir(), 'kinesis-sse-harness-stage-'));
  const build = run(process.execPath, [bin('tsup', 'tsup'), '--out-dir', join(stage, 'dist')]);
  if (build.status !== 0) throw new Error(`tsup failed:\n${build.output}`);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  cpSync(join(root, 'package.json'), join(stage, 'package.json'));
  for (const f of manifest.files) {
    if (f === 'dist' || !existsSync(join(root, f))) continue;
    cpSync(join(root, f), join(stage, f), { recursive: true });
  }
  const out = join(stage, 'out');
  mkdirSync(out);
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: stage });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.output}`);
  const json = pack.output.slice(pack.output.indexOf('['), pack.output.lastIndexOf(']') + 1);
  const [info] = JSON.parse(json) as [{ filename: string; files: { path: string }[] }];
  return { stage, tarball: join(out, info.filename), files: info.files.map((f) => f.path) };
}
