import { expect, it } from 'vitest';
import { transportBench } from '../../bench/transport';

// Not a timed test: `npm run bench` reports the time. This keeps the transport section runnable: both
// contenders answer through the same SDK stack, with the same outputs.
it('the transport bench section answers the same outputs through the transport and through the canned handler', async () => {
  const b = await transportBench();
  const strip = (o: unknown): unknown => {
    const { $metadata: _m, ...rest } = o as { $metadata?: unknown };
    return rest;
  };
  expect(strip(await b.transport.describe.call(0))).toStrictEqual(strip(await b.canned.describe.call(0)));
  const put = strip(await b.transport.put.call(1)) as { ShardId?: string };
  expect(put.ShardId).toBe('shardId-000000000000');
  expect(Object.keys(strip(await b.canned.put.call(1)) as object).sort()).toStrictEqual(Object.keys(put).sort());
});
