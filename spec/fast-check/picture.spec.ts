import { DescribeStreamSummaryCommand, KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import * as fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertProperty, PropertyFailure, runScenario, scenario, type Scenario } from '../../src/fast-check/index';

// The failure of spec/fast-check/replay.spec.ts: trusts the status 3 s after starting encryption.
async function encryptNaively(): Promise<void> {
  const client = new KinesisClient({ region: 'us-east-1' });
  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/a' }));
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
  if (StreamDescriptionSummary?.StreamStatus !== 'ACTIVE') throw new Error(`stream is ${StreamDescriptionSummary?.StreamStatus}`);
}

const scenarios: fc.Arbitrary<Scenario> = scenario({ keys: fc.constant([{ alias: 'alias/a' }]), streams: fc.constant([{ name: 'orders' }]), faults: false });
const property = (): fc.IAsyncPropertyWithHooks<[Scenario]> =>
  fc.asyncProperty(scenarios, async (s) => {
    const r = await runScenario(s, encryptNaively);
    if (!r.ok) throw r.error;
  });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kinesis-sse-harness-picture-'));
});
afterEach(() => {
  delete process.env['KINESIS_SSE_HARNESS_PICTURE'];
  rmSync(dir, { recursive: true, force: true });
});

describe('pictures of failures', () => {
  it('assertProperty writes one picture of the counterexample (not one per shrink) and says where, by option', async () => {
    const e = await assertProperty(property(), { seed: 7, numRuns: 20, picture: dir }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PropertyFailure);
    const f = e as PropertyFailure;
    const picture = f.runs[0]!.picture!;
    expect(picture).toBe(join(dir, 'property-seed7-1.html'));
    expect(f.message).toContain(`Picture: ${picture}`);
    expect(readdirSync(dir)).toEqual(['property-seed7-1.html']);
    const html = readFileSync(picture, 'utf8');
    expect(html).toContain('data-lane="kinesis stream/orders"');
    expect(html).toContain('Replay it: assertProperty(property, { seed: 7, path: ');
    expect(html).toMatch(/<title>Counterexample 1 of 1 \(runScenario, world seed -?\d+, threw Error: stream is UPDATING\)<\/title>/);
  });

  it('assertProperty and runScenario take the folder from KINESIS_SSE_HARNESS_PICTURE when no option names one', async () => {
    process.env['KINESIS_SSE_HARNESS_PICTURE'] = dir;
    const f = (await assertProperty(property(), { seed: 7, numRuns: 20 }).catch((x: unknown) => x)) as PropertyFailure;
    expect(f.message).toContain(`Picture: ${join(dir, 'property-seed7-1.html')}`);
    const r = await runScenario({ keys: [{ alias: 'alias/a' }], streams: [{ name: 'orders' }] }, encryptNaively);
    expect(r.ok).toBe(false);
    expect(r.picture).toMatch(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/scenario-seed\\d+-\\d+\\.html$`));
    expect(readFileSync(r.picture!, 'utf8')).toContain('<title>runScenario, world seed');
  });

  it('writes nothing when not asked, nor for a run that passed; refuses a picture option that is not a path', async () => {
    const f = (await assertProperty(property(), { seed: 7, numRuns: 20 }).catch((x: unknown) => x)) as PropertyFailure;
    expect(f.message).not.toContain('Picture:');
    expect(f.runs[0]!.picture).toBeUndefined();
    const ok = await runScenario({ streams: [{ name: 'orders' }] }, () => 1, { picture: dir });
    expect(ok.picture).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    await expect(runScenario({}, () => 1, { picture: 42 as unknown as string })).rejects.toThrow('[kinesis-sse-harness] picture must be a folder path (a string); got number');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
