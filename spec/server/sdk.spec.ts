// The real SDK clients over the socket, configured with nothing but `endpoint` (no transport binding):
// the default KinesisClient speaks HTTP/2 (NodeHttp2Handler, h2c with prior knowledge), Firehose and KMS
// HTTP/1.1, all on the one port.
import http2 from 'node:http2';
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
  PutRecordCommand,
  ResourceInUseException,
  StartStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { DescribeDeliveryStreamCommand, FirehoseClient, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, KMSClient, NotFoundException } from '@aws-sdk/client-kms';
import { afterEach, describe, expect, it } from 'vitest';
import type { HarnessServer } from 'kinesis-sse-harness/server';
import { control, CREDENTIALS, served, T0 } from './support';

let server: HarnessServer | undefined;
const clients: { destroy(): void }[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.close();
  server = undefined;
});

function kinesisClient(url: string): KinesisClient {
  const c = new KinesisClient({ endpoint: url, region: 'us-east-1', credentials: CREDENTIALS });
  clients.push(c);
  return c;
}

describe('the default KinesisClient (HTTP/2) with only endpoint set', () => {
  it('uses NodeHttp2Handler, and the SSE lifecycle works over h2c: UPDATING, ResourceInUseException with AWS text, ACTIVE after advance', async () => {
    server = await served();
    const kinesis = kinesisClient(server.url);
    expect((kinesis.config.requestHandler as object).constructor.name).toBe('NodeHttp2Handler');

    await kinesis.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    expect((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary?.StreamStatus).toBe('CREATING');
    await control(server, 'POST', '/clock/advance', { ms: 60_000 });
    const active = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(active.StreamDescriptionSummary?.StreamStatus).toBe('ACTIVE');
    expect(active.StreamDescriptionSummary?.StreamCreationTimestamp).toEqual(new Date(T0));
    expect(active.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);

    await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const updating = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(updating.StreamDescriptionSummary).toMatchObject({ StreamStatus: 'UPDATING', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });

    const error = await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceInUseException);
    expect((error as ResourceInUseException).message).toBe('Stream orders under account 123456789012 not ACTIVE, instead in state UPDATING');
    expect((error as ResourceInUseException).$metadata.httpStatusCode).toBe(400);

    const settled = await control(server, 'POST', '/clock/settle');
    expect(settled.body.fired.map((e: { property: string; to: string }) => `${e.property}→${e.to}`)).toContain('StreamStatus→ACTIVE');
    expect((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary?.StreamStatus).toBe('ACTIVE');
    const put = await kinesis.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'k', Data: new TextEncoder().encode('hello') }));
    expect(put.EncryptionType).toBe('KMS');
    // The calls really went through the socket into this world.
    expect(server.world.trace.filter((e) => e.kind === 'call').map((e) => (e.kind === 'call' ? e.operation : ''))).toContain('PutRecord');
  });

  it('answers a raw HTTP/2 prior-knowledge session on the same port as HTTP/1.1 fetch', async () => {
    server = await served();
    const session = http2.connect(server.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = session.request({ ':method': 'POST', ':path': '/', 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'Kinesis_20131202.ListStreams' });
      let status = 0;
      let body = '';
      req.on('response', (h) => (status = Number(h[':status'])));
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => resolve({ status, body }));
      req.on('error', reject);
      req.end('{}');
    });
    session.close();
    expect(answer).toEqual({ status: 200, body: '{"StreamNames":[],"HasMoreStreams":false,"StreamSummaries":[]}' });
    expect((await fetch(`${server.url}/_harness/clock`)).status).toBe(200);
  });
});

describe('FirehoseClient and KMSClient with only endpoint set', () => {
  it('Firehose: StartDeliveryStreamEncryption → ENABLING, advance → ENABLED', async () => {
    server = await served();
    const firehose = new FirehoseClient({ endpoint: server.url, region: 'us-east-1', credentials: CREDENTIALS });
    clients.push(firehose);
    expect((await control(server, 'POST', '/setup/delivery-streams', { name: 'clicks' })).status).toBe(200);
    await firehose.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'clicks', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }));
    const enabling = await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'clicks' }));
    expect(enabling.DeliveryStreamDescription?.DeliveryStreamEncryptionConfiguration?.Status).toBe('ENABLING');
    const clock = await control(server, 'GET', '/clock');
    expect(clock.body.pending.map((p: { what: string }) => p.what)).toContain('firehose clicks ENABLING -> ENABLED');
    await control(server, 'POST', '/clock/settle');
    const enabled = await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'clicks' }));
    expect(enabled.DeliveryStreamDescription?.DeliveryStreamEncryptionConfiguration).toMatchObject({ Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' });
  });

  it('KMS: CreateKey, CreateAlias, DescribeKey by alias; an unknown alias is NotFoundException with AWS text', async () => {
    server = await served();
    const kms = new KMSClient({ endpoint: server.url, region: 'us-east-1', credentials: CREDENTIALS });
    clients.push(kms);
    const created = await kms.send(new CreateKeyCommand({ Description: 'orders' }));
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: created.KeyMetadata!.KeyId }));
    const described = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }));
    expect(described.KeyMetadata).toMatchObject({ KeyId: created.KeyMetadata!.KeyId, KeyState: 'Enabled', Description: 'orders' });
    expect(described.KeyMetadata?.CreationDate).toEqual(new Date(T0));
    const error = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/nope' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundException);
    expect((error as Error).message).toBe("Alias arn:aws:kms:us-east-1:123456789012:alias/nope is not found.");
  });
});
