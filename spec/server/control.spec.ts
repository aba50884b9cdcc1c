// The /_harness/ control API: every route, its answers, and bad requests (400 naming what is wrong,
// nothing changed), unknown routes (404) and wrong methods (405).
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld } from 'kinesis-sse-harness';
import { CONTROL_ROUTES, startServer, type HarnessServer } from 'kinesis-sse-harness/server';
import { aws, control, served, T0 } from './support';

let server: HarnessServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** What a bad request must leave alone: the world's time, its trace and its streams. */
async function snapshot(s: HarnessServer): Promise<string> {
  const clock = await control(s, 'GET', '/clock');
  const trace = await control(s, 'GET', '/trace');
  return JSON.stringify({ clock: clock.body, trace: trace.body, keys: s.world.kms.keyCount, streams: s.world.firehose.deliveryStreamCount });
}

describe('GET /_harness and the clock routes', () => {
  it('describes the world and lists the routes', async () => {
    server = await served();
    const r = await control(server, 'GET', '');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ url: server.url, accountId: '123456789012', region: 'us-east-1', seed: 1, now: T0, mode: 'manual', pending: [] });
    expect(r.body.routes).toEqual(CONTROL_ROUTES);
  });

  it('clock: now and the pending transitions; advance returns what fired; set moves forward only; settle runs everything', async () => {
    server = await served();
    await aws(server, 'Kinesis_20131202.CreateStream', { StreamName: 's', ShardCount: 1 });
    const clock = await control(server, 'GET', '/clock');
    expect(clock.body).toEqual({
      now: T0,
      iso: '2026-01-01T00:00:00.000Z',
      mode: 'manual',
      pending: [{ at: T0 + 10_000, iso: '2026-01-01T00:00:10.000Z', inMs: 10_000, what: 'kinesis s CREATING->ACTIVE' }],
    });
    const early = await control(server, 'POST', '/clock/advance', { ms: 9_999 });
    expect(early.body).toEqual({ now: T0 + 9_999, iso: '2026-01-01T00:00:09.999Z', fired: [] });
    const fired = await control(server, 'POST', '/clock/advance', { ms: 1 });
    expect(fired.body.fired).toEqual([
      { kind: 'transition', time: T0 + 10_000, service: 'kinesis', resource: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', property: 'StreamStatus', from: 'CREATING', to: 'ACTIVE', seq: 2 },
    ]);
    const set = await control(server, 'POST', '/clock/set', { now: '2026-01-01T01:00:00Z' });
    expect(set.body).toMatchObject({ now: T0 + 3_600_000, fired: [] });
    const back = await control(server, 'POST', '/clock/set', { now: T0 });
    expect(back.status).toBe(400);
    expect(back.body.message).toMatch(/^clock\/set: the world's time never runs backwards/);

    await aws(server, 'Kinesis_20131202.StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    const settled = await control(server, 'POST', '/clock/settle');
    expect(settled.body.fired.map((e: { property: string; to: string }) => `${e.property} ${e.to}`)).toEqual(['StreamStatus ACTIVE', 'RecordEncryption KMS']);
    expect((await control(server, 'GET', '/clock')).body.pending).toEqual([]);
    expect(server.world.kinesis.describe('s')?.StreamStatus).toBe('ACTIVE');
  });

  it('mode per-request: every AWS request (not a control request) advances the clock by msPerRequest before it is answered', async () => {
    server = await served({ clock: 'per-request', msPerRequest: 4_000 });
    expect((await control(server, 'GET', '/clock')).body).toMatchObject({ now: T0, mode: 'per-request', msPerRequest: 4_000 });
    await aws(server, 'Kinesis_20131202.CreateStream', { StreamName: 's', ShardCount: 1 });
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await aws(server, 'Kinesis_20131202.DescribeStreamSummary', { StreamName: 's' });
      statuses.push(JSON.parse(r.text).StreamDescriptionSummary.StreamStatus);
    }
    // Created at +4 s, ACTIVE at +14 s; described at +8, +12, +16 s.
    expect(statuses).toEqual(['CREATING', 'CREATING', 'ACTIVE']);
    expect((await control(server, 'GET', '/clock')).body.now).toBe(T0 + 16_000);
    const manual = await control(server, 'POST', '/clock/mode', { mode: 'manual' });
    expect(manual.body).toMatchObject({ mode: 'manual', now: T0 + 16_000 });
    expect(manual.body.msPerRequest).toBeUndefined();
    await aws(server, 'Kinesis_20131202.ListStreams', {});
    expect((await control(server, 'GET', '/clock')).body.now).toBe(T0 + 16_000);
    expect(server.clockMode).toBe('manual');
  });

  it('mode realtime: virtual time follows wall time from the switch', async () => {
    server = await served();
    await control(server, 'POST', '/clock/mode', { mode: 'realtime' });
    const before = performance.now();
    await new Promise((r) => setTimeout(r, 150));
    const now = (await control(server, 'GET', '/clock')).body.now as number;
    const elapsed = performance.now() - before;
    expect(now - T0).toBeGreaterThanOrEqual(140);
    expect(now - T0).toBeLessThanOrEqual(elapsed + 50);
    // An advance adds to wall time.
    const advanced = (await control(server, 'POST', '/clock/advance', { ms: 60_000 })).body.now as number;
    expect(advanced - now).toBeGreaterThanOrEqual(60_000);
  });
});

describe('reset, seed and trace', () => {
  it('reset: a fresh world with the same options and seed, at the start time; the same calls give the same answers', async () => {
    const world = createWorld({ seed: 9, region: 'eu-west-1', kinesis: { durations: { updating: 1_234 } }, clock: (await import('kinesis-sse-harness')).virtualClock(T0) });
    server = await startServer(world);
    const first = await aws(server, 'TrentService.CreateKey', {});
    await control(server, 'POST', '/clock/advance', { ms: 5_000 });
    const reset = await control(server, 'POST', '/reset');
    expect(reset.body).toMatchObject({ accountId: '123456789012', region: 'eu-west-1', seed: 9, now: T0, pending: [] });
    expect(server.world).not.toBe(world);
    expect(server.world.model.kinesisOptions.durations.updating).toBe(1_234);
    expect(server.world.kms.keyCount).toBe(0);
    const again = await aws(server, 'TrentService.CreateKey', {});
    expect(again.text).toBe(first.text);
    expect(again.headers.get('x-amzn-requestid')).toBe(first.headers.get('x-amzn-requestid'));
  });

  it('seed: a fresh world with that seed (other ids), kept by later resets', async () => {
    server = await served();
    const one = JSON.parse((await aws(server, 'TrentService.CreateKey', {})).text).KeyMetadata.KeyId;
    expect((await control(server, 'POST', '/seed', { seed: 42 })).body).toMatchObject({ seed: 42, now: T0 });
    const two = JSON.parse((await aws(server, 'TrentService.CreateKey', {})).text).KeyMetadata.KeyId;
    expect(two).not.toBe(one);
    await control(server, 'POST', '/reset');
    expect(server.world.seed).toBe(42);
    expect(JSON.parse((await aws(server, 'TrentService.CreateKey', {})).text).KeyMetadata.KeyId).toBe(two);
  });

  it('trace: JSON entries (since, last), and the text timeline with ?format=text', async () => {
    server = await served();
    await aws(server, 'Kinesis_20131202.CreateStream', { StreamName: 's', ShardCount: 1 });
    await aws(server, 'Kinesis_20131202.PutRecord', { StreamName: 's', PartitionKey: 'k', Data: 'aGVsbG8=' });
    const all = await control(server, 'GET', '/trace');
    expect(all.body.now).toBe(T0);
    expect(all.body.entries.map((e: { kind: string; operation?: string; seq: number }) => `${e.seq} ${e.kind} ${e.operation ?? ''}`)).toEqual([
      '0 call CreateStream',
      '1 transition ',
      '2 call PutRecord',
    ]);
    expect(all.body.entries[2].error).toMatchObject({ type: 'ResourceNotFoundException' });
    expect((await control(server, 'GET', '/trace?since=2')).body.entries).toHaveLength(1);
    expect((await control(server, 'GET', '/trace?last=1')).body.entries[0].seq).toBe(2);
    const text = await control(server, 'GET', '/trace?format=text');
    expect(text.body).toBe(
      [
        '+0.000s kinesis CreateStream {StreamName: "s", ShardCount: 1} → {}',
        '+0.000s kinesis stream/s StreamStatus none → CREATING',
        '+0.000s kinesis PutRecord {StreamName: "s", PartitionKey: "k", Data: <5 bytes>} → ✗ ResourceNotFoundException: Stream s under account 123456789012 not found.',
        '',
      ].join('\n'),
    );
    expect((await control(server, 'GET', '/trace?format=xml')).status).toBe(400);
    expect((await control(server, 'GET', '/trace?bogus=1')).body.message).toBe("trace: unknown query parameter 'bogus'; known: format, since, last, width, full, start");
  });
});

describe('faults and setup', () => {
  it('faults: install a plan, see it fire in the answers and in GET, remove it with DELETE', async () => {
    server = await served();
    await control(server, 'POST', '/setup/streams', { name: 's' });
    const installed = await control(server, 'POST', '/faults', [{ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', times: 1 }]);
    expect(installed.body).toEqual({ id: 1, faults: 1 });
    const throttled = await aws(server, 'Kinesis_20131202.StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    expect(throttled.status).toBe(400);
    expect(JSON.parse(throttled.text).__type).toBe('LimitExceededException');
    const listed = await control(server, 'GET', '/faults');
    expect(listed.body.plans[0]).toMatchObject({ id: 1, fired: [{ index: 0, target: 'StartStreamEncryption' }] });
    expect((await control(server, 'DELETE', '/faults')).body).toEqual({ removed: 1 });
    expect((await control(server, 'GET', '/faults')).body).toEqual({ plans: [] });
    const bad = await control(server, 'POST', '/faults', [{ kind: 'throttle', service: 'sqs' }]);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^faults: faults\[0\]\.service must be one of kinesis, firehose, kms/);
  });

  it('setup: keys with conditions and aliases, key changes, streams, delivery streams; answers are what the views return', async () => {
    server = await served();
    const key = await control(server, 'POST', '/setup/keys', { alias: 'alias/orders', conditions: ['throttled'] });
    expect(key.body).toMatchObject({ KeyState: 'Enabled', conditions: ['throttled'], aliases: ['alias/orders'] });
    expect((await control(server, 'POST', '/setup/keys/condition', { keyId: 'alias/orders', condition: 'throttled', on: false })).body.conditions).toEqual([]);
    expect((await control(server, 'POST', '/setup/keys/disable', { keyId: 'alias/orders' })).body.KeyState).toBe('Disabled');
    expect((await control(server, 'POST', '/setup/keys/enable', { keyId: key.body.KeyId })).body.KeyState).toBe('Enabled');
    expect((await control(server, 'POST', '/setup/keys/alias', { aliasName: 'alias/orders-2', keyId: key.body.Arn })).body.aliases).toEqual(['alias/orders', 'alias/orders-2']);
    expect((await control(server, 'POST', '/setup/keys/schedule-deletion', { keyId: 'alias/orders', days: 7 })).body.KeyState).toBe('PendingDeletion');
    expect((await control(server, 'POST', '/setup/keys/cancel-deletion', { keyId: 'alias/orders' })).body.KeyState).toBe('Disabled');
    await control(server, 'POST', '/setup/keys/enable', { keyId: 'alias/orders' });
    const stream = await control(server, 'POST', '/setup/streams', { name: 'orders', shardCount: 2, active: false });
    expect(stream.body).toMatchObject({ StreamName: 'orders', StreamStatus: 'CREATING' });
    const other = await control(server, 'POST', '/setup/streams', { name: 'orders', region: 'eu-west-1', shardCount: 3 });
    expect(other.body).toMatchObject({ StreamARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/orders', StreamStatus: 'ACTIVE', OpenShardCount: 3 });
    const ds = await control(server, 'POST', '/setup/delivery-streams', { name: 'clicks', encryption: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.body.Arn } });
    expect(ds.body).toMatchObject({ DeliveryStreamName: 'clicks', DeliveryStreamStatus: 'ACTIVE' });
  });

  it.each([
    ['POST', '/clock/advance', '{"ms":', 'the body is not JSON (send a JSON object, e.g. {"ms": 5000})'],
    ['POST', '/clock/advance', [5000], 'the body must be a JSON object; got [5000]'],
    ['POST', '/clock/advance', {}, 'clock/advance: ms must be a finite number of milliseconds >= 0; got nothing'],
    ['POST', '/clock/advance', { ms: '5s' }, 'clock/advance: ms must be a finite number of milliseconds >= 0; got "5s"'],
    ['POST', '/clock/advance', { ms: 5, by: 1 }, "clock/advance: unknown member 'by'; known: ms"],
    ['POST', '/clock/set', { now: 'tomorrow' }, 'clock/set: now must be epoch milliseconds or an ISO-8601 time such as "2026-01-01T00:00:00Z"; got "tomorrow"'],
    ['POST', '/clock/mode', { mode: 'fast' }, 'clock/mode: mode must be one of manual, realtime, per-request; got "fast"'],
    ['POST', '/clock/mode', { mode: 'per-request', msPerRequest: -5 }, 'clock/mode: msPerRequest must be a finite number of milliseconds >= 0; got -5'],
    ['POST', '/clock/settle', { now: 1 }, "clock/settle: unknown member 'now'; known: (none)"],
    ['POST', '/seed', { seed: 1.5 }, 'seed: seed must be an integer of 32 bits (-2147483648 to 4294967295); got 1.5'],
    ['POST', '/reset', { seed: 1 }, "reset: unknown member 'seed'; known: (none)"],
    ['POST', '/setup/keys', { alias: 'orders' }, "world.kms.createKey: alias must be 'alias/' and a name of letters, digits, '/', '_' or '-'; got \"orders\""],
    ['POST', '/setup/keys', { colour: 'red' }, "setup/keys: unknown member 'colour'; known: description, spec, usage, account, region, manager, state, conditions, multiRegion, alias"],
    ['POST', '/setup/keys', { conditions: 'throttled' }, 'setup/keys: conditions must be an array; got "throttled"'],
    ['POST', '/setup/keys/condition', { keyId: 'alias/none', condition: 'throttled' }, "world.kms.setCondition: no KMS key 'alias/none' in this world (account 123456789012, region us-east-1)"],
    ['POST', '/setup/streams', { name: 'bad name!' }, expect.stringMatching(/^world\.kinesis\.createStream: the name is not a valid StreamName \(1 validation error detected/)],
    ['POST', '/setup/streams', { name: 's', active: 'no' }, 'setup/streams: active must be true or false; got "no"'],
    ['POST', '/setup/streams', { name: 's', shardCount: 0 }, 'setup/streams: shardCount must be a whole number >= 1; got 0'],
    ['POST', '/setup/delivery-streams', { name: 'd', type: 'Nope' }, expect.stringMatching(/^world\.firehose\.createDeliveryStream\('d'\): CreateDeliveryStream would fail with ValidationException/)],
    ['POST', '/setup/delivery-streams', { name: 'd', encryption: { KeyType: 'AWS_OWNED_CMK', Extra: 1 } }, "setup/delivery-streams encryption: unknown member 'Extra'; known: KeyType, KeyARN"],
    ['POST', '/faults', { plan: 'x' }, 'faults: faults must be an array of faults; got "x"'],
    ['GET', '/clock?x=1', undefined, '/_harness/clock takes no query parameters'],
  ])('%s %s %j → 400 with a message naming what is wrong, and nothing changes', async (method, path, body, message) => {
    server = await served();
    await aws(server, 'Kinesis_20131202.CreateStream', { StreamName: 'kept', ShardCount: 1 });
    const before = await snapshot(server);
    const r = await control(server, method, path, body);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ message });
    expect(await snapshot(server)).toBe(before);
  });

  it('an unknown route is 404 listing the routes; a known route with the wrong method is 405', async () => {
    server = await served();
    const missing = await control(server, 'GET', '/clocks');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/^no control route GET \/_harness\/clocks; routes: GET \/_harness, GET \/_harness\/clock, /);
    const wrong = await control(server, 'GET', '/clock/advance');
    expect(wrong).toEqual({ status: 405, body: { message: 'GET is not allowed on /_harness/clock/advance; use POST' } });
  });
});
