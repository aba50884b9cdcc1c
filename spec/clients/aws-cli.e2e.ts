// The AWS CLI v2 (Debian's /usr/bin/aws 2.9) against `npm run serve`: each scenario of aws-cli.sh,
// checked on what the CLI prints, its exit codes (wire-protocol.md §4.3) and the world's trace.
import { describe, expect, it } from 'vitest';
import { cliScenario, ERROR } from './aws-cli';
import { calls, lines, transitions, type Finished, useEndpoint } from './endpoint';

const server = useEndpoint();

const scenario = (name: string): Promise<Finished> => cliScenario(server().url, name);

describe('AWS CLI v2', () => {
  it('creates a stream, sees UPDATING then ACTIVE as the clock advances, puts encrypted records, rotates the key and stops', async () => {
    const r = await scenario('lifecycle');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.slice(0, 9)).toEqual([
      'CREATING\tNONE\tNone',
      'ACTIVE\tNONE\tNone',
      'UPDATING\tKMS\talias/aws/kinesis',
      'ACTIVE\tKMS\talias/aws/kinesis',
      'KMS',
      'UPDATING\tKMS\talias/orders',
      'ACTIVE\tKMS\talias/orders',
      'UPDATING\tNONE\tNone',
      'ACTIVE\tNONE\tNone',
    ]);
    // The last put-record's whole output: no EncryptionType member once encryption is off (AWS omits it).
    const put = JSON.parse(out.slice(9).join('\n')) as Record<string, unknown>;
    expect(Object.keys(put).sort()).toEqual(['SequenceNumber', 'ShardId']);

    const trace = await server().trace();
    expect(transitions(trace, 'StreamStatus', 'orders')).toEqual([
      'none->CREATING',
      'CREATING->ACTIVE',
      'ACTIVE->UPDATING',
      'UPDATING->ACTIVE',
      'ACTIVE->UPDATING',
      'UPDATING->ACTIVE',
      'ACTIVE->UPDATING',
      'UPDATING->ACTIVE',
    ]);
    expect(transitions(trace, 'EncryptionType', 'orders')).toEqual(['NONE->KMS', 'KMS->NONE']);
    expect(calls(trace, 'StartStreamEncryption').map((c) => [c.error?.type ?? 'ok', (c.input as { KeyId?: string }).KeyId])).toEqual([
      ['ok', 'alias/aws/kinesis'],
      ['ok', 'alias/orders'],
    ]);
    expect(calls(trace, 'CreateAlias').map((c) => c.error?.type ?? 'ok')).toEqual(['ok']);
  });

  it('a runbook that starts encryption twice without waiting exits 254 with ResourceInUseException and AWS’s text', async () => {
    const r = await scenario('rotate-while-updating');
    expect(r.code).toBe(254);
    expect(r.stdout).not.toContain('not reached');
    expect(lines(r.stderr)).toEqual([ERROR('ResourceInUseException', 'StartStreamEncryption', 'Stream orders under account 123456789012 not ACTIVE, instead in state UPDATING')]);
    const starts = calls(await server().trace(), 'StartStreamEncryption');
    expect(starts.map((c) => c.error?.type ?? 'ok')).toEqual(['ok', 'ResourceInUseException']);
  });

  it('prints AWS’s error texts with exit 254; client-side parameter validation exits 252 and never reaches the endpoint', async () => {
    const r = await scenario('errors');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual(['exit 254', 'exit 254', 'exit 254', 'exit 254', 'exit 254', 'exit 252', 'ACTIVE\tNONE\tNone']);
    expect(lines(r.stderr)).toEqual([
      ERROR('ResourceInUseException', 'StartStreamEncryption', 'Stream orders under account 123456789012 not ACTIVE, instead in state CREATING'),
      ERROR('ResourceNotFoundException', 'StartStreamEncryption', 'Stream nope under account 123456789012 not found.'),
      ERROR(
        'ValidationException',
        'StartStreamEncryption',
        "1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      ),
      ERROR('KMSNotFoundException', 'StartStreamEncryption', 'Alias arn:aws:kms:us-east-1:123456789012:alias/missing is not found.'),
      ERROR('InvalidArgumentException', 'StopStreamEncryption', 'Encryption type cannot be NONE.'),
      'Parameter validation failed:',
      'Invalid length for parameter KeyId, value: 0, valid min length: 1',
    ]);
    const trace = await server().trace();
    // Five answers reached the CLI; the empty KeyId was refused by botocore before sending.
    expect(calls(trace).filter((c) => c.operation === 'StartStreamEncryption' || c.operation === 'StopStreamEncryption')).toHaveLength(5);
    expect(transitions(trace, 'EncryptionType', 'orders')).toEqual([]);
  });

  it('retries a throttled call 3 times (standard mode), prints "reached max retries: 2", exits 254; the next call succeeds', async () => {
    const r = await scenario('throttled');
    expect(lines(r.stdout)).toEqual(['exit 254', 'UPDATING\tKMS\talias/aws/kinesis']);
    expect(lines(r.stderr)).toEqual([
      'An error occurred (LimitExceededException) when calling the StartStreamEncryption operation (reached max retries: 2): Rate exceeded for stream orders under account 123456789012.',
    ]);
    expect(r.code).toBe(0);
    const starts = calls(await server().trace(), 'StartStreamEncryption');
    expect(starts.map((c) => c.error?.type ?? 'ok')).toEqual(['LimitExceededException', 'LimitExceededException', 'LimitExceededException', 'ok']);
    expect(starts.slice(0, 3).every((c) => c.fault !== undefined)).toBe(true);
  });
});
