// Compiling a type-test fixture (use.ts + misuse.ts) and comparing TypeScript's errors with the
// `// error: TSnnnn <reason>` marks in misuse.ts. Used by the in-repo type specs (against src) and by the
// consumer projects (against the packed tarball).
//
// A mark names the error code and the reason: a piece of TypeScript's message that must appear in the
// error reported on that line (e.g. `// error: TS2345 '"ENABLED"' is not assignable to parameter of type
// 'Matchable<StreamStatus>'`). The code alone would let a misuse "fail" for another reason than the
// one it is there for (TS2322 is any assignment that does not fit).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One error: `<file>:<line> TSnnnn <reason>`, file relative to the fixture folder. */
export type TypeError_ = string;

interface Mark {
  readonly line: number;
  readonly code: string;
  readonly reason: string;
}

/** The `// error: TSnnnn <reason>` marks of a fixture's misuse.ts (none when it has none). */
function marks(folder: string): Mark[] {
  const file = join(folder, 'misuse.ts');
  if (!existsSync(file)) return [];
  const out: Mark[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /\/\/ error: (TS\d+)(.*)$/.exec(text);
      if (m === null) return;
      const reason = m[2]!.trim();
      if (reason === '') throw new Error(`${file}:${i + 1}: the mark names no reason; write // error: ${m[1]} <a piece of the message>`);
      out.push({ line: i + 1, code: m[1]!, reason });
    });
  return out;
}

/** The errors `misuse.ts` announces, one per marked line, with the reason each must give. */
export function announcedErrors(folder: string): TypeError_[] {
  return marks(folder).map((m) => `misuse.ts:${m.line} ${m.code} ${m.reason}`);
}

/**
 * The errors in `tsc --pretty false` output: `misuse.ts:<line> TSnnnn <reason>` for an error on a
 * marked line whose message gives the mark's reason, `<file>:<line> TSnnnn <the whole message>` for
 * any other error in the fixture's files, the whole line for any other file. Errors inside other
 * packages' declarations are left out: the consumer projects check with `skipLibCheck: false` so
 * that this package's .d.ts are checked, and that also reports other packages' own problems
 * (@types/sinon 17, which aws-sdk-client-mock brings, names a type @sinonjs/fake-timers 15 no longer has).
 */
export function reportedErrors(output: string, folder: string, cwd: string): TypeError_[] {
  const marked = new Map(marks(folder).map((m) => [`misuse.ts:${m.line} ${m.code}`, m.reason]));
  const out: TypeError_[] = [];
  const lines = output.split('\n');
  lines.forEach((line, i) => {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (m === null) return;
    if (/(^|\/)node_modules\//.test(m[1]!) && !/(^|\/)node_modules\/kinesis-sse-harness\//.test(m[1]!)) return;
    const file = relative(folder, join(cwd, m[1]!));
    if (file.startsWith('..')) {
      out.push(line);
      return;
    }
    // A message goes on in the indented lines that follow it (the elaboration).
    let message = m[4]!;
    for (let j = i + 1; j < lines.length && /^\s/.test(lines[j]!); j++) message += `\n${lines[j]!.trim()}`;
    const where = `${file}:${m[2]} ${m[3]}`;
    const reason = marked.get(where);
    out.push(reason !== undefined && message.includes(reason) ? `${where} ${reason}` : `${where} ${message}`);
  });
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
