// `npm run api:update`: rewrites the committed API reports (api/*.api.md) from the sources. Review the diff:
// it is the change to what users of kinesis-sse-harness can import and call.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { API_ENTRIES, apiProgram, apiReport, root } from './report';

const program = apiProgram();
for (const entry of API_ENTRIES) {
  const path = join(root, entry.report);
  const text = apiReport(program, entry);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${entry.report}: ${before === text ? 'unchanged' : before === undefined ? 'written' : 'updated'}`);
}
