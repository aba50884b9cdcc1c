// The Kinesis options: the world uses the documented defaults, and docs/kinesis.md lists every
// option with its grade, its default and every choice, so the guide cannot drift from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../../src/index';
import { KINESIS_CHOICES, KINESIS_DEFAULTS } from '../../../src/model/kinesis/options';

const GUIDE = readFileSync(new URL('../../../docs/kinesis.md', import.meta.url), 'utf8');
const GRADES = /\b(REAL|DOC|MODEL|INF|UNKNOWN|SDK)\b/;

/** Every option as `section.option` with its default. */
const leaves: [string, unknown][] = Object.entries(KINESIS_DEFAULTS).flatMap(([section, values]) =>
  Object.entries(values as Record<string, unknown>).map(([key, value]): [string, unknown] => [`${section}.${key}`, value]),
);

/** The ways the guide may write a default: `5`, `10 000`, `'accept'`, `true`, `{ min: 0, max: 5000 }`. */
function spellings(value: unknown): string[] {
  if (typeof value === 'number') return [String(value), value.toLocaleString('en-US').replace(/,/g, ' ')];
  if (typeof value === 'string') return [`'${value}'`];
  if (typeof value === 'boolean') return [String(value)];
  const { min, max } = value as { min: number; max: number };
  return [`{ min: ${min}, max: ${max} }`];
}

/** The guide's behaviours-table row naming the option (as "`path` (default"). */
function rowOf(path: string): string | undefined {
  return GUIDE.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${path}\` (`));
}

describe('Kinesis options', () => {
  it('a world without Kinesis options uses KINESIS_DEFAULTS', () => {
    expect(createWorld({}).model.kinesisOptions).toStrictEqual(KINESIS_DEFAULTS);
  });

  it('every option has a row in docs/kinesis.md with an evidence grade and its default, right after the name', () => {
    expect(leaves.length).toBeGreaterThan(15);
    for (const [path, value] of leaves) {
      const row = rowOf(path);
      expect(row, `docs/kinesis.md has no row for \`${path}\` (default)`).toBeDefined();
      const cells = row!.split(' | ');
      expect(cells[1], `grade of ${path}`).toMatch(GRADES);
      const after = row!.slice(row!.indexOf(`\`${path}\` (`) + path.length + 4);
      const written = spellings(value).some((s) => after.startsWith(s) || after.startsWith(`\`${s}\``));
      expect(written, `default of ${path} in docs/kinesis.md: ${after.slice(0, 40)}`).toBe(true);
    }
  });

  it('every choice of every option is named in its row', () => {
    for (const [path, choices] of Object.entries(KINESIS_CHOICES)) {
      const row = rowOf(path) ?? '';
      for (const choice of choices) {
        expect(row.includes(typeof choice === 'string' ? `'${choice}'` : String(choice)), `${path}: ${String(choice)}`).toBe(true);
      }
    }
  });

  it('the default durations: CREATING 10 s, UPDATING 5 s, DELETING 5 s, records flip within 5 s of ACTIVE', () => {
    const clock = virtualClock(0);
    const world = createWorld({ clock, seed: 3 });
    world.kinesis.createStream('s', { active: false });
    clock.advance(9_999);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('CREATING');
    clock.advance(1);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('ACTIVE');
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    clock.advance(4_999);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('UPDATING');
    clock.advance(1);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('ACTIVE');
    const active = clock.now();
    clock.advance(5_000);
    const flip = world.trace.find((e) => e.kind === 'transition' && e.property === 'RecordEncryption');
    expect(flip?.time).toBeGreaterThanOrEqual(active);
    expect(flip?.time).toBeLessThanOrEqual(active + 5_000);
    world.call('kinesis', 'DeleteStream', { StreamName: 's' });
    clock.advance(4_999);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('DELETING');
    clock.advance(1);
    expect(world.kinesis.describe('s')).toBeUndefined();
  });

  it('other durations are honoured: updating 1 min, deleting 1 s, a fixed lag of 3 s', () => {
    const clock = virtualClock(0);
    const world = createWorld({ clock, kinesis: { durations: { updating: 60_000, deleting: 1_000, encryptionLag: 3_000 } } });
    world.kinesis.createStream('s');
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    clock.advance(59_999);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('UPDATING');
    clock.advance(1);
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('ACTIVE');
    clock.advance(3_000);
    expect(world.trace.find((e) => e.kind === 'transition' && e.property === 'RecordEncryption')?.time).toBe(63_000);
    world.call('kinesis', 'DeleteStream', { StreamName: 's' });
    clock.advance(1_000);
    expect(world.kinesis.describe('s')).toBeUndefined();
  });
});
