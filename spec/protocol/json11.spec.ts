// The JSON 1.1 codec (src/protocol/json11.ts): raw requests in, exact status, headers and bytes out,
// as wire-protocol.md §9 lists what a conformant endpoint answers.
import { describe, expect, it } from 'vitest';
import { createWorld, installFaults, virtualClock, type World } from '../../src/index';
import { answerJson11, type WireRequest, type WireResponse } from '../../src/protocol/json11';

const T0 = Date.UTC(2026, 0, 1);
const ACCOUNT = '123456789012';

function world(options: Parameters<typeof createWorld>[0] = {}): World {
  return createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 7, clock: virtualClock(T0), ...options });
}

function scope(region: string, service = 'kinesis'): string {
  return `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/${region}/${service}/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0`;
}

function request(target: string | undefined, body: string, headers: Record<string, string> = {}, method = 'POST'): WireRequest {
  return {
    method,
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.1', ...(target === undefined ? {} : { 'x-amz-target': target }), ...headers },
    body: new TextEncoder().encode(body),
  };
}

function send(w: World, target: string | undefined, body: string, headers: Record<string, string> = {}, method = 'POST'): WireResponse {
  return answerJson11(w.model, request(target, body, headers, method), w.clock.now());
}

const text = (r: WireResponse): string => new TextDecoder().decode(r.body);

describe('success answers', () => {
  it('a Unit output is an empty body with content-length 0, the JSON 1.1 type, a request id and (Kinesis) x-amz-id-2', () => {
    const w = world();
    const r = send(w, 'Kinesis_20131202.CreateStream', '{"StreamName":"orders","ShardCount":1}');
    expect(r.status).toBe(200);
    expect(r.body.byteLength).toBe(0);
    expect(Object.keys(r.headers).sort()).toStrictEqual(['content-length', 'content-type', 'x-amz-id-2', 'x-amzn-requestid']);
    expect(r.headers['content-length']).toBe('0');
    expect(r.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(r.headers['x-amzn-requestid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // AWS's x-amz-id-2: base64 of 76 bytes.
    expect(r.headers['x-amz-id-2']).toMatch(/^[A-Za-z0-9+/]{102}==$/);
    expect(w.trace[0]).toMatchObject({ kind: 'call', service: 'kinesis', operation: 'CreateStream', input: { StreamName: 'orders', ShardCount: 1 }, output: {} });
  });

  it('Firehose and KMS answers carry no x-amz-id-2', () => {
    const w = world();
    const kms = send(w, 'TrentService.CreateKey', '{}', { authorization: scope('us-east-1', 'kms') });
    expect(kms.status).toBe(200);
    expect(kms.headers['x-amz-id-2']).toBeUndefined();
    const firehose = send(w, 'Firehose_20150804.ListDeliveryStreams', '{}');
    expect(firehose.status).toBe(200);
    expect(firehose.headers['x-amz-id-2']).toBeUndefined();
    expect(text(firehose)).toBe('{"DeliveryStreamNames":[],"HasMoreDeliveryStreams":false}');
  });

  it('request ids are deterministic from the seed: the same seed and calls give the same ids', () => {
    const ids = (seed: number): string[] => {
      const w = world({ seed });
      return [send(w, 'Kinesis_20131202.ListStreams', '{}'), send(w, 'Kinesis_20131202.ListStreams', '{}')].map((r) => r.headers['x-amzn-requestid']!);
    };
    expect(ids(3)).toStrictEqual(ids(3));
    expect(ids(3)).not.toStrictEqual(ids(4));
    expect(new Set(ids(3)).size).toBe(2);
  });

  it('timestamps are epoch seconds (fractions kept), absent members are left out (no null, no KeyId when unencrypted), content-length is exact', () => {
    const w = world({ kinesis: { durations: { creating: 1_500 } } });
    send(w, 'Kinesis_20131202.CreateStream', '{"StreamName":"orders","ShardCount":1}');
    const r = send(w, 'Kinesis_20131202.DescribeStreamSummary', '{"StreamName":"orders"}');
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBe(r.body.byteLength);
    const body = text(r);
    expect(body).not.toContain('null');
    const summary = (JSON.parse(body) as { StreamDescriptionSummary: Record<string, unknown> }).StreamDescriptionSummary;
    expect(summary['StreamCreationTimestamp']).toBe(T0 / 1000);
    expect(summary['EncryptionType']).toBe('NONE');
    expect('KeyId' in summary).toBe(false);
    expect(summary['StreamStatus']).toBe('CREATING');
  });

  it('blobs are base64 both ways, sequence numbers are strings, arrival timestamps are epoch seconds with their fraction', () => {
    const clock = virtualClock(T0);
    const w = createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 7, clock });
    w.kinesis.createStream('orders');
    clock.advance(1_250);
    const put = send(w, 'Kinesis_20131202.PutRecord', '{"StreamName":"orders","PartitionKey":"p","Data":"aGVsbG8="}');
    expect(put.status).toBe(200);
    const putOut = JSON.parse(text(put)) as Record<string, unknown>;
    expect(Object.keys(putOut).sort()).toStrictEqual(['SequenceNumber', 'ShardId']);
    expect(typeof putOut['SequenceNumber']).toBe('string');
    const iterator = JSON.parse(text(send(w, 'Kinesis_20131202.GetShardIterator', '{"StreamName":"orders","ShardId":"shardId-000000000000","ShardIteratorType":"TRIM_HORIZON"}'))) as {
      ShardIterator: string;
    };
    const got = JSON.parse(text(send(w, 'Kinesis_20131202.GetRecords', JSON.stringify({ ShardIterator: iterator.ShardIterator })))) as { Records: Record<string, unknown>[] };
    expect(got.Records).toHaveLength(1);
    expect(got.Records[0]).toMatchObject({ Data: 'aGVsbG8=', PartitionKey: 'p', SequenceNumber: putOut['SequenceNumber'], ApproximateArrivalTimestamp: (T0 + 1_250) / 1000 });
    expect('EncryptionType' in got.Records[0]!).toBe(false);
  });

  it('KMS timestamps are epoch seconds; members outside the output shape never appear', () => {
    const w = world();
    const r = send(w, 'TrentService.CreateKey', '{"Description":"d"}');
    const out = JSON.parse(text(r)) as { KeyMetadata: Record<string, unknown> };
    expect(Object.keys(out)).toStrictEqual(['KeyMetadata']);
    expect(out.KeyMetadata['CreationDate']).toBe(T0 / 1000);
    expect(out.KeyMetadata['Description']).toBe('d');
  });

  it('null members are absent and undeclared members are ignored, as AWS reads them', () => {
    const w = world();
    const r = send(w, 'Kinesis_20131202.CreateStream', '{"StreamName":"orders","ShardCount":1,"StreamModeDetails":null,"Unknown":{"x":1}}');
    expect(r.status).toBe(200);
    expect(w.trace[0]).toMatchObject({ input: { StreamName: 'orders', ShardCount: 1 } });
    expect((w.trace[0] as { input: Record<string, unknown> }).input).not.toHaveProperty('Unknown');
  });
});

describe('the region of a call', () => {
  it('is the SigV4 credential scope\'s, so regions stay isolated; without a signature it is the world\'s', () => {
    const w = world();
    expect(send(w, 'Kinesis_20131202.CreateStream', '{"StreamName":"orders","ShardCount":1}', { authorization: scope('eu-west-1') }).status).toBe(200);
    expect(w.trace[0]).toMatchObject({ region: 'eu-west-1' });
    const elsewhere = send(w, 'Kinesis_20131202.DescribeStreamSummary', '{"StreamName":"orders"}', { authorization: scope('us-east-1') });
    expect(elsewhere.status).toBe(400);
    expect(text(elsewhere)).toBe(`{"__type":"ResourceNotFoundException","message":"Stream orders under account ${ACCOUNT} not found."}`);
    const unsigned = send(w, 'Kinesis_20131202.DescribeStreamSummary', '{"StreamName":"orders"}');
    expect(unsigned.status).toBe(400);
    expect(w.trace.at(-1)).toMatchObject({ region: 'us-east-1' });
  });
});

describe('attempts', () => {
  it('amz-sdk-request and amz-sdk-invocation-id mark the call in the trace; requests without them are not marked', () => {
    const w = world();
    send(w, 'Kinesis_20131202.ListStreams', '{}', { 'amz-sdk-invocation-id': 'inv-1', 'amz-sdk-request': 'attempt=2; max=3' });
    send(w, 'Kinesis_20131202.ListStreams', '{}', { 'amz-sdk-request': 'ttl=20261204T200107Z; attempt=4; max=5' });
    send(w, 'Kinesis_20131202.ListStreams', '{}');
    expect(w.trace[0]).toMatchObject({ attempt: 2, invocation: 'inv-1' });
    expect(w.trace[1]).toMatchObject({ attempt: 4 });
    expect(w.trace[1]).not.toHaveProperty('invocation');
    expect(w.trace[2]).not.toHaveProperty('attempt');
    expect(w.trace[2]).not.toHaveProperty('invocation');
  });
});

describe('errors', () => {
  it('a modelled error: 400, the bare __type and the message', () => {
    const w = world();
    const r = send(w, 'Kinesis_20131202.StartStreamEncryption', '{"StreamName":"nope","EncryptionType":"KMS","KeyId":"alias/aws/kinesis"}');
    expect(r.status).toBe(400);
    expect(text(r)).toBe(`{"__type":"ResourceNotFoundException","message":"Stream nope under account ${ACCOUNT} not found."}`);
    expect(r.headers['content-length']).toBe(String(r.body.byteLength));
    expect(r.headers['content-type']).toBe('application/x-amz-json-1.1');
  });

  it('a ValidationException keeps AWS\'s text', () => {
    const w = world();
    const r = send(w, 'Kinesis_20131202.CreateStream', '{"StreamName":"bad name!","ShardCount":1}');
    expect(r.status).toBe(400);
    expect(JSON.parse(text(r))).toMatchObject({ __type: 'ValidationException' });
    expect((JSON.parse(text(r)) as { message: string }).message).toMatch(/^1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint/);
  });

  it('server faults: Kinesis InternalFailureException 500, Firehose ServiceUnavailableException 503, KMS KMSInternalException 500', () => {
    const w = world();
    installFaults(w, [
      { kind: 'internal-failure', service: 'kinesis', operation: 'ListStreams' },
      { kind: 'internal-failure', service: 'firehose', operation: 'ListDeliveryStreams' },
      { kind: 'internal-failure', service: 'kms', operation: 'CreateKey' },
    ]);
    const kinesis = send(w, 'Kinesis_20131202.ListStreams', '{}');
    expect([kinesis.status, text(kinesis)]).toStrictEqual([500, '{"__type":"InternalFailureException","message":"Internal Service Failure"}']);
    const firehose = send(w, 'Firehose_20150804.ListDeliveryStreams', '{}');
    expect(firehose.status).toBe(503);
    expect(JSON.parse(text(firehose))).toMatchObject({ __type: 'ServiceUnavailableException' });
    const kms = send(w, 'TrentService.CreateKey', '{}');
    expect(kms.status).toBe(500);
    expect(JSON.parse(text(kms))).toMatchObject({ __type: 'KMSInternalException' });
  });

  it('Firehose InvalidKMSResourceException carries its code member', () => {
    const w = world({ firehose: { behaviour: { syncKmsProblems: ['not-found'] } } });
    w.firehose.createDeliveryStream('orders');
    const missing = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b2ad402-1111-46ac-8e2b-123456789abc`;
    const r = send(
      w,
      'Firehose_20150804.StartDeliveryStreamEncryption',
      JSON.stringify({ DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: missing } }),
    );
    expect(r.status).toBe(400);
    expect(text(r)).toBe(`{"__type":"InvalidKMSResourceException","message":"Key '${missing}' does not exist","code":"KMS.NotFoundException"}`);
  });
});

describe('protocol-level errors', () => {
  const unknown = '{"__type":"UnknownOperationException"}';
  const serialization = '{"__type":"SerializationException"}';

  it('no target, or a target naming no service: 400 UnknownOperationException with no message, nothing recorded', () => {
    const w = world();
    for (const target of [undefined, '', 'Kinesis_20131202', 'DynamoDB_20120810.ListTables', 'kinesis_20131202.ListStreams']) {
      const r = send(w, target, '{}');
      expect([r.status, text(r)]).toStrictEqual([400, unknown]);
      expect(r.headers['content-length']).toBe(String(unknown.length));
      expect(r.headers['x-amzn-requestid']).toBeDefined();
    }
    expect(w.trace).toHaveLength(0);
  });

  it('an operation of a known service that the world does not model: the same answer, recorded as world.call records it', () => {
    const w = world();
    const r = send(w, 'Kinesis_20131202.SplitShard', '{"StreamName":"s"}');
    expect([r.status, text(r)]).toStrictEqual([400, unknown]);
    expect(w.trace[0]).toMatchObject({ operation: 'SplitShard', error: { type: 'UnknownOperationException', message: '' } });
  });

  it.each([
    ['an empty body', 'Kinesis_20131202.ListStreams', ''],
    ['a body that is not JSON', 'Kinesis_20131202.ListStreams', '{"Limit":'],
    ['a JSON array', 'Kinesis_20131202.ListStreams', '[]'],
    ['a JSON string', 'Kinesis_20131202.ListStreams', '"x"'],
    ['a string where a number belongs', 'Kinesis_20131202.CreateStream', '{"StreamName":"s","ShardCount":"1"}'],
    ['a fraction for an integer', 'Kinesis_20131202.CreateStream', '{"StreamName":"s","ShardCount":1.5}'],
    ['a number where a string belongs', 'Kinesis_20131202.CreateStream', '{"StreamName":7,"ShardCount":1}'],
    ['a number for a blob', 'Kinesis_20131202.PutRecord', '{"StreamName":"s","PartitionKey":"p","Data":12}'],
    ['a blob that is not base64', 'Kinesis_20131202.PutRecord', '{"StreamName":"s","PartitionKey":"p","Data":"not base64!"}'],
    ['a string for a timestamp', 'Kinesis_20131202.GetShardIterator', '{"StreamName":"s","ShardId":"shardId-000000000000","ShardIteratorType":"AT_TIMESTAMP","Timestamp":"2026-01-01T00:00:00Z"}'],
    ['a string for a boolean', 'Firehose_20150804.DeleteDeliveryStream', '{"DeliveryStreamName":"s","AllowForceDelete":"yes"}'],
    ['an object where a list belongs', 'Kinesis_20131202.PutRecords', '{"StreamName":"s","Records":{"Data":"aGk=","PartitionKey":"p"}}'],
    ['a wrong type inside a list', 'Kinesis_20131202.PutRecords', '{"StreamName":"s","Records":[{"Data":"aGk=","PartitionKey":5}]}'],
    ['bytes that are not UTF-8', 'Kinesis_20131202.ListStreams', '\uFFFD'],
  ])('%s: 400 SerializationException with no message, nothing recorded', (what, target, body) => {
    const w = world();
    const req = request(target, body);
    const r = answerJson11(w.model, what === 'bytes that are not UTF-8' ? { ...req, body: Uint8Array.from([0x7b, 0xff, 0x7d]) } : req, w.clock.now());
    expect([r.status, text(r)]).toStrictEqual([400, serialization]);
    expect(w.trace).toHaveLength(0);
  });

  it.each(['GET', 'PUT', 'DELETE'])('%s: 403 with AWS\'s XML AccessDeniedException', (method) => {
    const w = world();
    const r = send(w, 'Kinesis_20131202.ListStreams', '{}', {}, method);
    expect(r.status).toBe(403);
    expect(text(r)).toBe(
      '<AccessDeniedException>\n  <Message>Unable to determine service/operation name to be authorized</Message>\n</AccessDeniedException>\n',
    );
    expect(r.headers['content-length']).toBe(String(r.body.byteLength));
    expect(w.trace).toHaveLength(0);
  });
});
