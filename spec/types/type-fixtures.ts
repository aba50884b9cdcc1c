// Compiling a type-test fixture (use.ts + misuse.ts) and comparing TypeScript's errors with the
// `// error: TSnnnn` marks in misuse.ts. Used by the in-repo type specs (against src) and by the
// consumer projects (against the packed tarball).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One error: `<file>:<line> TSnnnn`, file relative to the fixture folder. */
export type TypeError_ = string;

/** The errors `misuse.ts` announces, one per marked line. */
export function announcedErrors(folder: string): TypeError_[] {
  const lines = readFileSync(join(folder, 'misuse.ts'), 'utf8').split('\n');
  const out: TypeError_[] = [];
  lines.forEach((line, i) => {
    const m = /\/\/ error: (TS\d+)\s*$/.exec(line);
    if (m !== null) out.push(`misuse.ts:${i + 1} ${m[1]}`);
  });
  return out;
}

/**
 * The errors in `tsc --pretty false` output: `misuse.ts:<line> TSnnnn` for the fixture's files, the
 * whole line for any other file. Errors inside other packages' declarations are left out: the
 * consumer projects check with `skipLibCheck: false` so that this package's .d.ts are checked, and
 * that also reports other packages' own problems (@types/sinon 17, which aws-sdk-client-mock
 * brings, names a type @sinonjs/fake-timers 15 no longer has).
 */
export function reportedErrors(output: string, folder: string, cwd: string): TypeError_[] {
  const out: TypeError_[] = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+):/.exec(line);
    if (m === null) continue;
    if (/(^|\/)node_modules\//.test(m[1]!) && !/(^|\/)node_modules\/kinesis-sse-harness\//.test(m[1]!)) continue;
    const file = relative(folder, join(cwd, m[1]!));
    out.push(file.startsWith('..') ? line : `${file}:${m[2]} ${m[3]}`);
  }
  return out;
}

/** Runs `node <tsc> -p <tsconfig> --noEmit --pretty false` and resolves with its output (stdout + stderr). */
export function runTsc(tsc: string, tsconfig: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', tsconfig, '--noEmit', '--pretty', 'false'], { cwd });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
}
