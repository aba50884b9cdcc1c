// docs/server.md's curl session (examples/server/curl-session.sh, shown there as a snippet) run with the
// curl on PATH against a started endpoint; its output is pinned, so the docs show what it really prints.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { HarnessServer } from 'kinesis-sse-harness/server';
import { served } from './support';

let server: HarnessServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('the curl session of docs/server.md prints what the docs say', async () => {
  server = await served();
  const script = join(__dirname, '../../examples/server/curl-session.sh');
  // Asynchronously: the endpoint answers from this process.
  const out = await new Promise<string>((resolve, reject) =>
    execFile('sh', [script], { env: { ...process.env, URL: server!.url }, encoding: 'utf8' }, (error, stdout) => (error === null ? resolve(stdout) : reject(error))),
  );
  const lines = out.trimEnd().split('\n');
  expect(lines[0]).toBe('');
  expect(JSON.parse(lines[1]!)).toMatchObject({ now: Date.UTC(2026, 0, 1) + 30_000, fired: [{ property: 'StreamStatus', from: 'CREATING', to: 'ACTIVE' }] });
  expect(lines[2]).toBe('');
  expect(JSON.parse(lines[3]!).StreamDescriptionSummary).toMatchObject({ StreamName: 'orders', StreamStatus: 'UPDATING', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
  expect(lines[4]).toBe('{"__type":"ResourceInUseException","message":"Stream orders under account 123456789012 not ACTIVE, instead in state UPDATING"}');
  expect(JSON.parse(lines[5]!).pending.map((p: { what: string }) => p.what)).toEqual(['kinesis orders UPDATING->ACTIVE']);
  expect(JSON.parse(lines[6]!).fired.length).toBeGreaterThanOrEqual(1);
  expect(JSON.parse(lines[7]!)).toMatchObject({ ShardId: 'shardId-000000000000', EncryptionType: 'KMS' });
  expect(JSON.parse(lines[7]!).SequenceNumber).toBe('49670424472731169861061894383144094351084858033634803714'); // AWS's layout: shard 0, the write second
  expect(lines.slice(8).join('\n')).toMatch(/^\+0\.000s kinesis CreateStream \{StreamName: "orders", ShardCount: 1\} → \{\}\n/);
  expect(lines.at(-1)).toMatch(/kinesis PutRecord \{StreamName: "orders", PartitionKey: "k", Data: <5 bytes>\} → \{ShardId: "shardId-000000000000", SequenceNumber: "\d+", EncryptionType: "KMS"\}$/);
});
