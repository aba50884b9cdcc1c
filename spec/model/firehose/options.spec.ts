import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../../src/index';
import { FIREHOSE_DEFAULTS } from '../../../src/model/firehose/options';

describe('Firehose world options', () => {
  it('defaults: the documented durations, limits and behaviours', () => {
    const world = createWorld({ clock: virtualClock() });
    expect(world.model.firehoseOptions).toStrictEqual(FIREHOSE_DEFAULTS);
    expect(FIREHOSE_DEFAULTS.limits).toStrictEqual({ startStopPer24h: 25, deliveryStreamsPerKey: 500, deliveryStreamsPerRegion: 5000 });
    expect(FIREHOSE_DEFAULTS.durations.encryptionLag).toStrictEqual({ min: 0, max: 5000 });
  });

  it('merges what is given over the defaults', () => {
    const world = createWorld({ clock: virtualClock(), firehose: { durations: { enabling: 0 }, behaviour: { keepKeyAfterStop: false, syncKmsProblems: ['disabled'] } } });
    expect(world.model.firehoseOptions.durations).toStrictEqual({ ...FIREHOSE_DEFAULTS.durations, enabling: 0 });
    expect(world.model.firehoseOptions.behaviour.keepKeyAfterStop).toBe(false);
    expect(world.model.firehoseOptions.behaviour.syncKmsProblems).toStrictEqual(['disabled']);
    expect(world.model.firehoseOptions.behaviour.stopWhenDisabled).toBe('reject');
  });

  it('rejects unknown options and bad values with a TypeError naming the option', () => {
    const make = (firehose: unknown) => () => createWorld({ clock: virtualClock(), firehose: firehose as never });
    expect(make({ behaviour: { nope: true } })).toThrow(/unknown option firehose\.behaviour\.nope/);
    expect(make({ behaviour: { stopWhenDisabled: 'maybe' } })).toThrow(
      new TypeError(`[kinesis-sse-harness] firehose.behaviour.stopWhenDisabled must be one of "reject", "accept"; got "maybe"`),
    );
    expect(make({ behaviour: { keepKeyAfterStop: 'yes' } })).toThrow(/firehose\.behaviour\.keepKeyAfterStop must be one of true, false/);
    expect(make({ behaviour: { syncKmsProblems: ['gone'] } })).toThrow(/firehose\.behaviour\.syncKmsProblems must be an array of 'not-found'/);
    expect(make({ behaviour: { syncKmsProblems: 'disabled' } })).toThrow(TypeError);
    expect(make({ durations: { enabling: -1 } })).toThrow(/firehose\.durations\.enabling must be a number of milliseconds >= 0/);
    expect(make({ limits: { startStopPer24h: 2.5 } })).toThrow(/firehose\.limits\.startStopPer24h must be a whole number/);
    expect(make({ limits: { perKey: 1 } })).toThrow(/unknown option firehose\.limits\.perKey/);
  });
});
