// Shared by the server specs: a world on a virtual clock, a started endpoint, and small HTTP helpers.
import { createWorld, virtualClock, type World } from 'kinesis-sse-harness';
import { startServer, type HarnessServer, type ServerOptions } from 'kinesis-sse-harness/server';

/** 2026-01-01T00:00:00Z, where the specs' worlds start. */
export const T0 = Date.UTC(2026, 0, 1);

export const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

/** A world at T0 on a virtual clock, served; `close()` it in afterEach. */
export async function served(options: ServerOptions = {}, world: World = createWorld({ seed: 1, clock: virtualClock(T0) })): Promise<HarnessServer> {
  return startServer(world, options);
}

/** A control API call: JSON in, `{ status, body }` out (body parsed when JSON). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs read the JSON answers freely
export async function control(server: { url: string }, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const init: RequestInit = { method };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const r = await fetch(`${server.url}/_harness${path}`, init);
  const text = await r.text();
  const type = r.headers.get('content-type') ?? '';
  return { status: r.status, body: type.startsWith('application/json') ? JSON.parse(text) : text };
}

/** An AWS JSON 1.1 call over fetch (HTTP/1.1), unsigned unless `headers` sign it. */
export async function aws(server: { url: string }, target: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const r = await fetch(`${server.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, headers: r.headers, text: await r.text() };
}
