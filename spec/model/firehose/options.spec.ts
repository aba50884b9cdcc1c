import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../../src/index';
import { FIREHOSE_CHOICES, FIREHOSE_DEFAULTS, FIREHOSE_KMS_PROBLEMS } from '../../../src/model/firehose/options';

const GUIDE = readFileSync(new URL('../../../docs/firehose.md', import.meta.url), 'utf8');
const GRADES = /\b(REAL|DOC|MODEL|AWS-CODE|INF|UNKNOWN)\b/;

/** Every option as `section.option` with its default. */
const leaves: [string, string, unknown][] = Object.entries(FIREHOSE_DEFAULTS).flatMap(([section, values]) =>
  Object.entries(values as Record<string, unknown>).map(([key, value]): [string, string, unknown] => [section, key, value]),
);

/** How the guide's options block writes a default: `30_000`, `'reject'`, `true`, `[]`, `{ min: 0, max: 5_000 }`. */
function spelled(value: unknown): string {
  if (typeof value === 'number') return value < 1_000 ? String(value) : String(value).replace(/\B(?=(\d{3})+$)/g, '_');
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return `[${value.map(spelled).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${spelled(v)}`)
      .join(', ')} }`;
  }
  return String(value);
}

/** The cells of a table row (a `\\|` inside a cell does not split it). */
function cells(line: string): string[] {
  return line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
}

/** The behaviours-table row (behaviour | grade | default | option) whose option cell names the option. */
function rowOf(path: string): string[] | undefined {
  const rows = GUIDE.split('\n').filter((line) => line.startsWith('|')).map(cells).filter((c) => c.length === 4);
  return rows.find((c) => c[3]!.includes(`\`${path}\``) || c[3]!.includes(`\`${path}:`));
}

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

  it('docs/firehose.md: every option has a behaviours-table row with an evidence grade, naming each of its choices', () => {
    expect(leaves.length).toBe(22);
    for (const [section, key] of leaves) {
      const path = `${section}.${key}`;
      const row = rowOf(path);
      expect(row, `docs/firehose.md has no behaviours row for \`${path}\``).toBeDefined();
      expect(row![1], `grade of ${path}`).toMatch(GRADES);
      expect(row![2], `default of ${path}`).not.toBe('');
      const choices = section === 'behaviour' ? FIREHOSE_CHOICES[key as keyof typeof FIREHOSE_CHOICES] : [];
      for (const c of choices === 'problems' ? FIREHOSE_KMS_PROBLEMS : choices) if (typeof c === 'string') expect(row![3], `${path}: '${c}'`).toContain(`'${c}'`);
    }
  });

  it('docs/firehose.md: its options block shows exactly the defaults', () => {
    const block = /## Options\n\n```ts\n([\s\S]*?)```/.exec(GUIDE)?.[1] ?? '';
    for (const [section, key, value] of leaves) {
      if (section === 'behaviour') expect(block, `behaviour.${key}`).toContain(`\n      ${key}: ${spelled(value)},\n`);
      else expect(block, `${section}.${key}`).toMatch(new RegExp(`${section}: \\{[^\\n]*\\b${key}: ${spelled(value).replace(/[{}]/g, '\\$&')}[,} ]`));
    }
  });

  it('the default durations: CREATING 30 s, ENABLING 5 s, records encrypted within 5 s of ENABLED, DISABLING 5 s, DELETING 30 s', () => {
    const clock = virtualClock(0);
    const world = createWorld({ clock, seed: 5 });
    const S3 = { RoleARN: 'arn:aws:iam::123456789012:role/r', BucketARN: 'arn:aws:s3:::b' };
    world.call('firehose', 'CreateDeliveryStream', { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: S3 });
    clock.advance(29_999);
    expect(world.firehose.describe('d')?.DeliveryStreamStatus).toBe('CREATING');
    clock.advance(1);
    expect(world.firehose.describe('d')?.DeliveryStreamStatus).toBe('ACTIVE');
    world.call('firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'd' });
    clock.advance(4_999);
    expect(world.firehose.describe('d')?.DeliveryStreamEncryptionConfiguration?.Status).toBe('ENABLING');
    clock.advance(1);
    expect(world.firehose.describe('d')?.DeliveryStreamEncryptionConfiguration?.Status).toBe('ENABLED');
    const enabled = clock.now();
    clock.advance(5_000);
    const flip = world.trace.find((e) => e.kind === 'transition' && e.property === 'RecordEncryption');
    expect(flip?.time).toBeGreaterThanOrEqual(enabled);
    expect(flip?.time).toBeLessThanOrEqual(enabled + 5_000);
    world.call('firehose', 'StopDeliveryStreamEncryption', { DeliveryStreamName: 'd' });
    clock.advance(4_999);
    expect(world.firehose.describe('d')?.DeliveryStreamEncryptionConfiguration?.Status).toBe('DISABLING');
    clock.advance(1);
    expect(world.firehose.describe('d')?.DeliveryStreamEncryptionConfiguration?.Status).toBe('DISABLED');
    world.call('firehose', 'DeleteDeliveryStream', { DeliveryStreamName: 'd' });
    clock.advance(29_999);
    expect(world.firehose.describe('d')?.DeliveryStreamStatus).toBe('DELETING');
    clock.advance(1);
    expect(world.firehose.describe('d')).toBeUndefined();
  });
});
