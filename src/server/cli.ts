/**
 * The package's `bin`: `kinesis-sse-harness serve [options]` (and `npm run serve -- [options]` from
 * source). Prints the URL as the first line of stdout, serves until SIGINT or SIGTERM, then closes
 * and exits 0; a bad option or a port in use is one line on stderr and exit code 2.
 */
import { runCommand } from './serve-command';

const outcome = await runCommand(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
if (typeof outcome === 'number') {
  process.exitCode = outcome;
} else {
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void outcome.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
