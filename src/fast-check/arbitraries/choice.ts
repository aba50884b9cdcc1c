import * as fc from 'fast-check';

/**
 * Like `fc.oneof`, but shrinks across branches towards the first one (fc.oneof only shrinks within
 * the branch it drew). Weights bias the draw as in `fc.oneof`.
 *
 * @internal
 *
 * @example
 * ```ts
 * choice(fc.constant('a'), { arbitrary: fc.constant('b'), weight: 3 }); // 'b' three times as often
 * ```
 */
export function choice<T>(...branches: readonly (fc.Arbitrary<T> | { readonly arbitrary: fc.Arbitrary<T>; readonly weight: number })[]): fc.Arbitrary<T> {
  const items = branches.map((b) => (b instanceof fc.Arbitrary ? { arbitrary: b, weight: 1 } : b));
  if (items.length === 0) throw new RangeError('[kinesis-sse-harness] choice needs at least one arbitrary');
  if (items.length === 1) return items[0]!.arbitrary;
  const total = items.reduce((n, i) => n + i.weight, 0);
  return fc.integer({ min: 0, max: total - 1 }).chain((ticket) => {
    let t = ticket;
    for (const item of items) {
      if (t < item.weight) return item.arbitrary;
      t -= item.weight;
    }
    return items[items.length - 1]!.arbitrary;
  });
}
