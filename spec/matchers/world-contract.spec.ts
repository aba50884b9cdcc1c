// The matchers read the world through a structural type (src/matchers/internal/world.ts); a World
// made by createWorld must be one. Checked by the typecheck; the runtime half reads each view once.
import { expect, expectTypeOf, it } from 'vitest';
import { createWorld, type World } from '../../src/index';
import type { MatcherWorld } from '../../src/matchers/internal/world';

it('a World is what the matchers read', () => {
  expectTypeOf<World>().toExtend<MatcherWorld>();
  const world: MatcherWorld = createWorld({ seed: 1 });
  expect(world.kinesis.describe('orders')).toBeUndefined();
  expect(world.kinesis.records('orders')).toEqual([]);
  expect(world.firehose.describe('logs')).toBeUndefined();
  expect(world.firehose.keyInEffect('logs')).toBeUndefined();
  expect(world.kms.describe('alias/nope')).toBeUndefined();
  expect(world.trace).toEqual([]);
});
