// ThrottleFault.per: what nth/times count when the SDK retries (attempts, or invocations).
import { describe, expect, it } from 'vitest';
import { checkFaultPlan, describeFault } from '../../src/index';
import { createModelWorld } from '../../src/model/world';
import { installFaults } from '../../src/model/faults';
import { invoke } from '../../src/model/invoke';

describe('ThrottleFault.per', () => {
  it('is checked and named in the label only when it is not the default', () => {
    expect(() => checkFaultPlan([{ kind: 'throttle', service: 'kinesis', per: 'call' as never }])).toThrow(
      `[kinesis-sse-harness] faults[0].per must be 'attempt' or 'invocation'; got "call"`,
    );
    expect(describeFault({ kind: 'throttle', service: 'kinesis', operation: 'ListStreams', per: 'attempt' })).toBe('throttle kinesis ListStreams with LimitExceededException');
    expect(describeFault({ kind: 'throttle', service: 'kinesis', operation: 'ListStreams', times: 2, per: 'invocation' })).toBe(
      'throttle kinesis ListStreams with LimitExceededException ×2 per invocation',
    );
  });

  it('per invocation: the decision on an invocation\'s first attempt holds for its later attempts; calls without an invocation count one each', () => {
    const world = createModelWorld({ seed: 1 });
    installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'ListStreams', nth: 2, times: 1, per: 'invocation' }], 0);
    const call = (invocation?: string, attempt?: number): string => {
      const r = invoke(world, 'kinesis', 'ListStreams', {}, { now: 0, ...(invocation === undefined ? {} : { invocation }), ...(attempt === undefined ? {} : { attempt }) });
      return r.ok ? 'ok' : r.error.type;
    };
    expect([call('a', 1), call('b', 1), call('a', 2), call('b', 2), call('b', 3), call('c', 1), call()]).toStrictEqual([
      'ok',
      'LimitExceededException',
      'ok',
      'LimitExceededException',
      'LimitExceededException',
      'ok',
      'ok',
    ]);
  });

  it('per attempt (default): every attempt counts', () => {
    const world = createModelWorld({ seed: 1 });
    installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'ListStreams', times: 2 }], 0);
    const results = [1, 2, 3].map((attempt) => invoke(world, 'kinesis', 'ListStreams', {}, { now: 0, invocation: 'a', attempt }).ok);
    expect(results).toStrictEqual([false, false, true]);
  });
});
