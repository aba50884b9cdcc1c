import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KinesisRecordInfo } from '../../../src/world/kinesis';
import { runStep, scenarioWorld, STREAMS, stepsArb } from '../../../fixtures/kinesis-steps';

describe("property: a record's encryption never changes after it is written", () => {
  it('records only ever get appended; each keeps the encryption its PutRecord(s) answer reported', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), stepsArb, (seed, steps) => {
        const sw = scenarioWorld(seed, { kinesis: { durations: { updating: { min: 500, max: 8_000 }, encryptionLag: { min: 0, max: 5_000 } } } });
        const seen = new Map<string, { arn: string; records: readonly KinesisRecordInfo[] }>();
        for (const step of steps) {
          const result = runStep(sw, step);
          for (const name of STREAMS) {
            const records = sw.world.kinesis.records(name);
            const serial = sw.world.model.kinesis.streams.get(`arn:aws:kinesis:us-east-1:${sw.world.accountId}:stream/${name}`)?.serial;
            const id = `${name}#${serial ?? 'gone'}`;
            const before = seen.get(name);
            if (before !== undefined && before.arn === id) expect(records.slice(0, before.records.length)).toStrictEqual(before.records);
            seen.set(name, { arn: id, records });
          }
          if (result?.ok && (step.t === 'put' || step.t === 'puts')) {
            const records = sw.world.kinesis.records(STREAMS[step.stream]!);
            const out = result.value as { EncryptionType?: string; Records?: unknown[] };
            const written = records.slice(records.length - (step.t === 'put' ? 1 : step.n));
            for (const r of written) expect(r.encrypted).toBe(out.EncryptionType === 'KMS');
            expect('EncryptionType' in out).toBe(out.EncryptionType === 'KMS');
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
