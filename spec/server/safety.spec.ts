// Safety of the endpoint: malformed requests on raw sockets never change the world or crash the server,
// bodies are bounded (413), --check-auth answers unsigned requests as AWS does, 50 concurrent clients
// get their own answers, and a non-loopback host is warned about.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES, type HarnessServer } from 'kinesis-sse-harness/server';
import { aws, control, served } from './support';

let server: HarnessServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Writes raw bytes on a fresh connection; resolves with everything the server sent before closing (or after `waitMs`). */
function raw(s: HarnessServer, chunks: (string | Buffer)[], options: { end?: boolean; waitMs?: number; destroyAfterWrite?: boolean } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(s.port, '127.0.0.1');
    let got = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(got);
    }, options.waitMs ?? 1_000);
    socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(got);
    });
    socket.on('connect', () => {
      for (const c of chunks) socket.write(c);
      if (options.destroyAfterWrite === true) socket.destroy();
      else if (options.end === true) socket.end();
    });
  });
}

async function fingerprint(s: HarnessServer): Promise<string> {
  return JSON.stringify([(await control(s, 'GET', '/clock')).body, (await control(s, 'GET', '/trace')).body]);
}

const createStream = (name: string, extra = ''): string => {
  const body = JSON.stringify({ StreamName: name, ShardCount: 1 });
  return `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: Kinesis_20131202.CreateStream\r\nContent-Length: ${body.length}\r\n${extra}\r\n${body}`;
};

describe('malformed requests on raw sockets', () => {
  it.each([
    ['garbage bytes', [Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0d, 0x0a, 0x0d, 0x0a])], { end: true }, /^HTTP\/1\.1 400 Bad Request/],
    ['a request line only, then the connection ends', ['POST / HTTP/1.1\r\n'], { end: true }, /^$|^HTTP\/1\.1 400/],
    ['a body shorter than its Content-Length, then the client goes away', [createStream('cut').slice(0, -5)], { destroyAfterWrite: true }, /^$/],
    ['a body shorter than its Content-Length, then the connection ends', [createStream('cut').slice(0, -5)], { end: true }, /^$|^HTTP\/1\.1 400/],
    ['a header section larger than 16 KiB', [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`], {}, /^HTTP\/1\.1 431/],
    ['a half-sent HTTP/2 preface', ['PRI * HTTP/2.0\r\n'], { end: true }, /^$/],
    ['an HTTP/2 preface followed by garbage frames', ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', Buffer.alloc(64, 0xee)], {}, /[\s\S]*/],
    ['nothing at all', [], { end: true }, /^$/],
  ] as const)('%s: answered or dropped, the world unchanged, the server still serving', async (_what, chunks, options, expected) => {
    server = await served();
    const before = await fingerprint(server);
    const got = await raw(server, [...chunks], { ...options, waitMs: 1_500 });
    expect(got).toMatch(expected);
    expect(await fingerprint(server)).toBe(before);
    const ok = await aws(server, 'Kinesis_20131202.ListStreams', {});
    expect(ok.status).toBe(200);
  });

  it('bad JSON and a body that fits no shape are AWS’s SerializationException, and change nothing', async () => {
    server = await served();
    const before = await fingerprint(server);
    for (const body of ['{"StreamName":', '[]', '{"StreamName":"s","ShardCount":"one"}']) {
      const r = await aws(server, 'Kinesis_20131202.CreateStream', body);
      expect([r.status, r.text]).toEqual([400, '{"__type":"SerializationException"}']);
    }
    expect(await fingerprint(server)).toBe(before);
  });

  it('a complete request after a malformed one on another connection is answered normally (two requests, one keep-alive connection)', async () => {
    server = await served();
    await raw(server, ['\x16\x03\x01 not http'], { end: true });
    const got = await raw(server, [createStream('a'), createStream('b')], { waitMs: 800 });
    expect(got.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    expect(server.world.kinesis.describe('b')?.StreamStatus).toBe('CREATING');
  });
});

describe('bounded bodies', () => {
  it('the default bound fits the largest legal PutRecords (10 MiB as base64, 500 records) and is 16 MiB', () => {
    const largest = Math.ceil((10 * 1024 * 1024) / 3) * 4 + 500 * 120;
    expect(DEFAULT_MAX_BODY_BYTES).toBe(16 * 1024 * 1024);
    expect(largest).toBeLessThan(DEFAULT_MAX_BODY_BYTES);
  });

  it('a body over the bound is 413 (by Content-Length, or by the bytes of a chunked body) and never reaches the world', async () => {
    server = await served({ maxBodyBytes: 1_000 });
    const before = await fingerprint(server);
    const big = JSON.stringify({ StreamName: 's', ShardCount: 1, Pad: 'x'.repeat(2_000) });
    const r = await aws(server, 'Kinesis_20131202.CreateStream', big);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text)).toEqual({ message: 'The request body is larger than 1000 bytes, the largest this endpoint reads' });
    const chunked = await raw(
      server,
      [
        'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: Kinesis_20131202.CreateStream\r\nTransfer-Encoding: chunked\r\n\r\n',
        `${(big.length).toString(16)}\r\n${big}\r\n0\r\n\r\n`,
      ],
      { waitMs: 1_000 },
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413/);
    expect(await fingerprint(server)).toBe(before);
    // A body at the bound is read.
    const fits = JSON.stringify({ StreamName: 'fits', ShardCount: 1 });
    expect((await aws(server, 'Kinesis_20131202.CreateStream', fits)).status).toBe(200);
  });
});

describe('checkAuth', () => {
  const signed = { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/kinesis/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc', 'x-amz-date': '20260101T000000Z' };

  it('unsigned → 400 MissingAuthenticationTokenException (nothing recorded); signed with any signature → answered', async () => {
    server = await served({ checkAuth: true });
    const unsigned = await aws(server, 'Kinesis_20131202.CreateStream', { StreamName: 's', ShardCount: 1 });
    expect([unsigned.status, unsigned.text]).toEqual([400, '{"__type":"MissingAuthenticationTokenException","message":"Missing Authentication Token"}']);
    expect(server.world.trace).toEqual([]);
    const incomplete = await aws(server, 'Kinesis_20131202.CreateStream', { StreamName: 's', ShardCount: 1 }, { authorization: 'X' });
    expect(JSON.parse(incomplete.text)).toEqual({
      __type: 'IncompleteSignatureException',
      message:
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=X",
    });
    const ok = await aws(server, 'Kinesis_20131202.CreateStream', { StreamName: 's', ShardCount: 1 }, signed);
    expect(ok.status).toBe(200);
    // Before the auth check, as AWS: no target → UnknownOperationException; bad JSON → SerializationException.
    expect((await aws(server, '', {})).text).toBe('{"__type":"UnknownOperationException"}');
    expect((await aws(server, 'Kinesis_20131202.ListStreams', '{')).text).toBe('{"__type":"SerializationException"}');
    const get = await fetch(`${server.url}/`);
    expect([get.status, await get.text()]).toEqual([403, '<MissingAuthenticationTokenException>\n  <Message>Missing Authentication Token</Message>\n</MissingAuthenticationTokenException>\n']);
  });

  it('off by default: unsigned requests are answered', async () => {
    server = await served();
    expect((await aws(server, 'Kinesis_20131202.ListStreams', {})).status).toBe(200);
    const get = await fetch(`${server.url}/`);
    expect(get.status).toBe(403);
    expect(await get.text()).toMatch(/^<AccessDeniedException>/);
  });
});

describe('concurrency and hosts', () => {
  it('50 concurrent clients, each on its own stream, get their own answers', async () => {
    server = await served();
    const names = Array.from({ length: 50 }, (_, i) => `stream-${i}`);
    await Promise.all(names.map((name) => control(server!, 'POST', '/setup/streams', { name })));
    const results = await Promise.all(
      names.map(async (name) => {
        const answers: string[] = [];
        for (let i = 0; i < 4; i++) {
          const put = await aws(server!, 'Kinesis_20131202.PutRecord', { StreamName: name, PartitionKey: `${name}-${i}`, Data: Buffer.from(name).toString('base64') });
          answers.push(put.text);
          const d = await aws(server!, 'Kinesis_20131202.DescribeStreamSummary', { StreamName: name });
          answers.push(JSON.parse(d.text).StreamDescriptionSummary.StreamName);
        }
        return { name, answers };
      }),
    );
    for (const { name, answers } of results) {
      expect(answers.filter((_, i) => i % 2 === 1)).toEqual([name, name, name, name]);
      for (const put of answers.filter((_, i) => i % 2 === 0)) expect(JSON.parse(put)).toMatchObject({ ShardId: 'shardId-000000000000' });
      expect(server.world.kinesis.records(name).map((r) => r.PartitionKey)).toEqual([0, 1, 2, 3].map((i) => `${name}-${i}`));
    }
  });

  it('a non-loopback host is served only when named, with a warning', async () => {
    const warnings: string[] = [];
    server = await served({ host: '0.0.0.0', onWarning: (m) => warnings.push(m) });
    expect(server.url).toBe(`http://0.0.0.0:${server.port}`);
    expect(warnings).toEqual([
      `[kinesis-sse-harness] warning: serving on 0.0.0.0, not loopback: anyone who can reach http://0.0.0.0:${server.port} can read and change this world (no credentials are checked)`,
    ]);
    await server.close();
    server = await served({ onWarning: (m) => warnings.push(m) });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(warnings).toHaveLength(1);
  });

  it('bad options are TypeErrors naming the option; a world on another clock is refused', async () => {
    await expect(served({ port: -1 })).rejects.toThrow('[kinesis-sse-harness] startServer: port must be a whole number from 0 to 65535; got -1');
    await expect(served({ clock: 'fast' as never })).rejects.toThrow('clock must be one of manual, realtime, per-request; got "fast"');
    await expect(served({ colour: 1 } as never)).rejects.toThrow("unknown option 'colour'");
    const { createWorld } = await import('kinesis-sse-harness');
    await expect(served({}, createWorld())).rejects.toThrow(/the world's clock must be one the server can move: create the world with createWorld\(\{ clock: virtualClock\(start\) \}\)/);
  });
});
