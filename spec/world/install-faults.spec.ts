import { describe, expect, it } from 'vitest';
import { checkFaultPlan, createWorld, describeFault, installFaults, virtualClock, type FaultPlan } from '../../src/index';

// The one fault entry point, from the root entry (no fast-check needed): a plan on a world made by
// createWorld, its times counted from the world's now (or from `start`).
describe('installFaults (root entry)', () => {
  it('attaches a plan to a world, counting its times from now, and detaches it', () => {
    const clock = virtualClock(Date.UTC(2026, 0, 1));
    const world = createWorld({ clock });
    world.kms.createKey({ alias: 'alias/k' });
    clock.advance(60_000);
    const plan: FaultPlan = [{ kind: 'key', keyId: 'alias/k', change: 'disable', atMs: 10_000 }];
    checkFaultPlan(plan);
    const handle = installFaults(world, plan);
    clock.advance(9_999);
    expect(world.kms.describe('alias/k')?.KeyState).toBe('Enabled');
    clock.advance(1);
    expect(world.kms.describe('alias/k')?.KeyState).toBe('Disabled');
    expect(handle.fired.map((f) => f.label)).toEqual([`fault#0 ${describeFault(plan[0]!)}`]);
    handle.remove();
  });

  it('counts from `start` when given, and refuses anything but a world', () => {
    const clock = virtualClock(Date.UTC(2026, 0, 1));
    const world = createWorld({ clock });
    world.kinesis.createStream('s');
    installFaults(world, [{ kind: 'internal-failure', service: 'kinesis', operation: 'DescribeStreamSummary', fromMs: 5_000, times: 'always' }], {
      start: world.now() - 5_000,
    });
    const r = world.call('kinesis', 'DescribeStreamSummary', { StreamName: 's' });
    expect(r.ok ? 'ok' : r.error.type).toBe('InternalFailureException');
    expect(() => installFaults(world.model as never, [])).toThrow('installFaults needs a world made by createWorld');
  });
});
