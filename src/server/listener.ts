/**
 * One TCP port for HTTP/1.1 (keep-alive) and HTTP/2 over cleartext with prior knowledge (h2c), the
 * way the default JS `KinesisClient` (NodeHttp2Handler) connects: a `net.Server` reads the first bytes
 * of each connection and hands the socket to an `http.Server` or an `http2` server
 * (wire-protocol.md §6: the h2 session needs the socket wrapped in a JS `Duplex`; given the socket
 * itself after `unshift` it fails with ERR_HTTP2_SESSION_ERROR). Both end in the same handler, which
 * receives complete requests (the body read up to a bound) and answers complete responses.
 */
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import { Duplex } from 'node:stream';

/**
 * A complete HTTP request as the listener hands it on: header names in lower case (repeated ones
 * joined with `, `), the path with its query, the body as bytes.
 *
 * @example
 * ```ts
 * const request: ServerRequest = { method: 'POST', path: '/', headers: { 'x-amz-target': 'Kinesis_20131202.ListStreams' }, body: new Uint8Array(0) };
 * ```
 */
export interface ServerRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/**
 * A complete HTTP response: status, headers (lower case), body bytes.
 *
 * @example
 * ```ts
 * const response: ServerResponse = { status: 200, headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{}') };
 * ```
 */
export interface ServerResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/**
 * Options of {@link listen}.
 *
 * @example
 * ```ts
 * const options: ListenOptions = { host: '127.0.0.1', port: 0, maxBodyBytes: 1024, handle: async () => ({ status: 204, headers: {}, body: new Uint8Array(0) }) };
 * ```
 */
export interface ListenOptions {
  readonly host: string;
  readonly port: number;
  /** A body longer than this is answered 413 without being read further (and without reaching `handle`). */
  readonly maxBodyBytes: number;
  /** Answers one complete request. A throw becomes a 500 with the error's message. */
  readonly handle: (request: ServerRequest) => ServerResponse | Promise<ServerResponse>;
}

/**
 * A listening endpoint: its address, and `close()`, which stops accepting, ends idle keep-alive
 * connections and HTTP/2 sessions, and resolves once every socket is gone.
 *
 * @example
 * ```ts
 * const listener: Listener = await listen(options);
 * await listener.close();
 * ```
 */
export interface Listener {
  readonly port: number;
  readonly host: string;
  close(): Promise<void>;
}

/** The HTTP/2 client connection preface (RFC 9113 §3.4), which a prior-knowledge h2c client sends first. */
const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

/** How long a new connection may take to send its first bytes before it is dropped (loopback clients send at once). */
const FIRST_BYTES_TIMEOUT_MS = 10_000;

/** Largest header section (bytes) accepted, as Node's default; larger gets 431 (HTTP/1.1) or a refused stream (h2). */
const MAX_HEADER_BYTES = 16_384;

const encoder = new TextEncoder();

/** The socket of an h2c connection as a JS stream: the bytes read while sniffing come first. */
function wrapForHttp2(socket: net.Socket, head: Buffer): Duplex {
  const duplex = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _encoding, callback) {
      socket.write(chunk, callback);
    },
    final(callback) {
      socket.end();
      callback();
    },
    destroy(error, callback) {
      socket.destroy();
      callback(error);
    },
  });
  duplex.push(head);
  socket.on('data', (chunk: Buffer) => {
    if (!duplex.push(chunk)) socket.pause();
  });
  socket.on('end', () => duplex.push(null));
  socket.on('error', (error) => duplex.destroy(error));
  socket.on('close', () => duplex.destroy());
  // http2 reads these to describe the session (remoteAddress etc.).
  Object.assign(duplex, { remoteAddress: socket.remoteAddress, remotePort: socket.remotePort, localAddress: socket.localAddress, localPort: socket.localPort });
  return duplex;
}

function lowerHeaders(raw: http.IncomingHttpHeaders | http2.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(raw)) {
    if (name.startsWith(':')) continue;
    const value = raw[name];
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

function tooLarge(limit: number): ServerResponse {
  const body = encoder.encode(JSON.stringify({ message: `The request body is larger than ${limit} bytes, the largest this endpoint reads` }));
  return { status: 413, headers: { 'content-type': 'application/json', 'content-length': String(body.byteLength) }, body };
}

function failed(error: unknown): ServerResponse {
  const body = encoder.encode(JSON.stringify({ message: `kinesis-sse-harness server error: ${error instanceof Error ? error.message : String(error)}` }));
  return { status: 500, headers: { 'content-type': 'application/json', 'content-length': String(body.byteLength) }, body };
}

/**
 * Reads a request's body up to `limit` bytes. Resolves `undefined` when the declared or actual
 * length is over the limit (the rest is not read), or when the request was aborted.
 */
function readBody(stream: NodeJS.ReadableStream & { destroyed?: boolean }, declared: string | undefined, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit) return Promise.resolve('too-large');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Buffer | 'too-large' | 'aborted'): void => {
      if (done) return;
      done = true;
      resolve(value);
    };
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        finish('too-large');
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => finish(Buffer.concat(chunks, size)));
    stream.on('error', () => finish('aborted'));
    stream.on('close', () => finish('aborted'));
    stream.on('aborted', () => finish('aborted'));
  });
}

async function answer(options: ListenOptions, request: ServerRequest): Promise<ServerResponse> {
  try {
    return await options.handle(request);
  } catch (e) {
    return failed(e);
  }
}

/**
 * Listens on `host:port` for HTTP/1.1 and h2c and answers every request through `options.handle`.
 * Rejects when the port cannot be bound (e.g. `EADDRINUSE`), with Node's error.
 *
 * @example
 * ```ts
 * const listener = await listen({ host: '127.0.0.1', port: 0, maxBodyBytes: 1 << 20, handle: () => ({ status: 204, headers: {}, body: new Uint8Array(0) }) });
 * console.log(listener.port);
 * await listener.close();
 * ```
 */
export async function listen(options: ListenOptions): Promise<Listener> {
  const sockets = new Set<net.Socket>();
  /** Connections whose first bytes have not come yet. */
  const sniffing = new Set<net.Socket>();
  const sessions = new Set<http2.ServerHttp2Session>();
  let closing = false;

  /** HTTP/1.1 connections and how many requests each has in flight (the server never listens itself, so it tracks none). */
  const h1Busy = new Map<net.Socket, number>();
  const h1 = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES, keepAlive: true, requestTimeout: 60_000, headersTimeout: 30_000 }, (req, res) => {
    const socket = req.socket;
    h1Busy.set(socket, (h1Busy.get(socket) ?? 0) + 1);
    res.on('close', () => {
      const left = (h1Busy.get(socket) ?? 1) - 1;
      h1Busy.set(socket, left);
      // An idle keep-alive connection is ended once the endpoint is closing.
      if (closing && left === 0) socket.destroy();
    });
    void (async () => {
      const headers = lowerHeaders(req.headers);
      const body = await readBody(req, headers['content-length'], options.maxBodyBytes);
      if (body === 'aborted') return;
      const response = body === 'too-large' ? tooLarge(options.maxBodyBytes) : await answer(options, { method: req.method ?? 'GET', path: req.url ?? '/', headers, body });
      if (res.destroyed) return;
      // A 413 leaves the rest of the body unread: the connection cannot be reused.
      if (body === 'too-large') res.shouldKeepAlive = false;
      if (closing) res.setHeader('connection', 'close');
      res.writeHead(response.status, { ...response.headers });
      res.end(response.body);
    })();
  });
  h1.keepAliveTimeout = 5_000;

  const h2 = http2.createServer({ maxSessionMemory: 64, settings: { maxHeaderListSize: MAX_HEADER_BYTES } });
  h2.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
    session.on('error', () => undefined);
    if (closing) session.close();
  });
  h2.on('stream', (stream, rawHeaders) => {
    stream.on('error', () => undefined);
    void (async () => {
      const headers = lowerHeaders(rawHeaders);
      if (headers['host'] === undefined && typeof rawHeaders[':authority'] === 'string') headers['host'] = rawHeaders[':authority'];
      const method = String(rawHeaders[':method'] ?? 'GET');
      const path = String(rawHeaders[':path'] ?? '/');
      const body = await readBody(stream, headers['content-length'], options.maxBodyBytes);
      if (body === 'aborted' || stream.destroyed || stream.closed) return;
      const response = body === 'too-large' ? tooLarge(options.maxBodyBytes) : await answer(options, { method, path, headers, body });
      if (stream.destroyed || stream.closed) return;
      const out: http2.OutgoingHttpHeaders = { ':status': response.status };
      for (const [k, v] of Object.entries(response.headers)) if (k !== 'connection') out[k] = v;
      stream.respond(out);
      stream.end(response.body);
    })();
  });

  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      sniffing.delete(socket);
    });
    socket.on('error', () => undefined);
    if (closing) {
      socket.destroy();
      return;
    }
    let head: Buffer = Buffer.alloc(0);
    sniffing.add(socket);
    const timer = setTimeout(() => socket.destroy(), FIRST_BYTES_TIMEOUT_MS);
    timer.unref();
    const onData = (chunk: Buffer): void => {
      head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
      const n = Math.min(head.length, PREFACE.length);
      const isPreface = head.subarray(0, n).equals(PREFACE.subarray(0, n));
      // A prefix of the preface: wait for more bytes to tell.
      if (isPreface && n < PREFACE.length) return;
      clearTimeout(timer);
      sniffing.delete(socket);
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.pause();
      if (isPreface) {
        h2.emit('connection', wrapForHttp2(socket, head));
      } else {
        socket.unshift(head);
        h1Busy.set(socket, 0);
        socket.on('close', () => h1Busy.delete(socket));
        h1.emit('connection', socket);
        socket.resume();
      }
    };
    const onEnd = (): void => {
      clearTimeout(timer);
      sniffing.delete(socket);
      socket.destroy();
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    tcp.once('error', onError);
    tcp.listen(options.port, options.host, () => {
      tcp.off('error', onError);
      resolve();
    });
  });
  tcp.on('error', () => undefined);
  const address = tcp.address() as net.AddressInfo;

  return {
    port: address.port,
    host: options.host,
    close() {
      closing = true;
      return new Promise<void>((resolve) => {
        // Resolves once every connection is gone (net.Server.close waits for them).
        tcp.close(() => {
          clearTimeout(grace);
          resolve();
        });
        for (const socket of sniffing) socket.destroy();
        for (const [socket, busy] of h1Busy) if (busy === 0) socket.destroy();
        for (const session of sessions) session.close();
        // Connections still busy after a grace period are cut.
        const grace = setTimeout(() => {
          for (const socket of sockets) socket.destroy();
        }, 2_000);
        grace.unref();
      });
    },
  };
}
