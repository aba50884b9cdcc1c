// curl against `npm run serve`: raw JSON 1.1 requests signed with --aws-sigv4 (curl.sh), checked on
// the exact status and body of every answer, and the protocol-level answers AWS gives
// (wire-protocol.md §9.5): GET → 403 XML, malformed JSON → SerializationException, no target →
// UnknownOperationException.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURL, calls, clientEnv, lines, requireClient, runClient, scripts, useEndpoint } from './endpoint';

const server = useEndpoint();

async function scenario(name: string): Promise<string[]> {
  requireClient(CURL);
  const r = await runClient('bash', [join(scripts, 'curl.sh'), name], { env: clientEnv(server().url), timeoutMs: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return lines(r.stdout);
}

describe('curl', () => {
  it('answers signed JSON 1.1 requests as AWS does: empty Unit bodies, no nulls, EncryptionType only when encrypted, bare __type errors', async () => {
    expect(await scenario('lifecycle')).toEqual([
      '200 ',
      '200 ',
      '400 {"__type":"ResourceInUseException","message":"Stream orders under account 123456789012 not ACTIVE, instead in state UPDATING"}',
      '200 {"StreamNames":["orders"],"HasMoreStreams":false,"StreamSummaries":[{"StreamName":"orders","StreamARN":"arn:aws:kinesis:us-east-1:123456789012:stream/orders","StreamStatus":"UPDATING","StreamModeDetails":{"StreamMode":"PROVISIONED"},"StreamCreationTimestamp":1767225600}]}',
      '200 {"ShardId":"shardId-000000000000","SequenceNumber":"49670424472731169861061894383144094351084856727964745730","EncryptionType":"KMS"}',
      '200 ',
      '200 {"ShardId":"shardId-000000000000","SequenceNumber":"49670424472731169861061894383145303276904472044334219266"}',
      '400 {"__type":"ResourceNotFoundException","message":"Stream nope under account 123456789012 not found."}',
      '400 {"__type":"ValidationException","message":"1 validation error detected: Value null at \'keyId\' failed to satisfy constraint: Member must not be null"}',
      '400 {"__type":"ResourceNotFoundException","message":"Firehose nope under account 123456789012 not found."}',
      '400 {"__type":"ValidationException","message":"Aliases must refer to keys. Not aliases"}',
    ]);
    // The SigV4 credential scope's region reached the model.
    const trace = await server().trace();
    expect(new Set(calls(trace).map((c) => c.region))).toEqual(new Set(['us-east-1']));
    expect(calls(trace)).toHaveLength(12);
  });

  it('GET is 403 with AWS’s XML; malformed JSON is SerializationException; no or unknown target is UnknownOperationException; none changes the world', async () => {
    const out = await scenario('protocol');
    expect(out.slice(0, 10)).toEqual([
      '403 application/xml',
      '<AccessDeniedException>',
      '  <Message>Unable to determine service/operation name to be authorized</Message>',
      '</AccessDeniedException>',
      '400 {"__type":"SerializationException"}',
      '400 {"__type":"SerializationException"}',
      '400 {"__type":"UnknownOperationException"}',
      '400 {"__type":"UnknownOperationException"}',
      '400 {"__type":"UnknownOperationException"}',
      '200 {"StreamNames":[],"HasMoreStreams":false,"StreamSummaries":[]}',
    ]);
    // The status line and header names of a success (sorted).
    expect(out.slice(10)).toEqual(expect.arrayContaining(['http/1.1 200 ok', 'content-type', 'content-length', 'x-amzn-requestid', 'x-amz-id-2']));
    const trace = await server().trace();
    expect(trace.filter((e) => e.kind === 'transition')).toEqual([]);
  });
});
