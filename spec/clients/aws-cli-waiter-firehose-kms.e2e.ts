// The AWS CLI v2 against `npm run serve`, continued (a second file, so the two halves of the CLI's
// slow scenarios run side by side): the waiter in per-request mode, Firehose, KMS.
import { describe, expect, it } from 'vitest';
import { cliScenario, ERROR } from './aws-cli';
import { calls, lines, transitions, type Finished, useEndpoint } from './endpoint';

const server = useEndpoint();

const scenario = (name: string): Promise<Finished> => cliScenario(server().url, name);

describe('AWS CLI v2', () => {
  it('`aws kinesis wait stream-exists` returns once the stream is ACTIVE in per-request mode; on a missing stream the waiter fails at once with 255', async () => {
    const r = await scenario('wait');
    expect(lines(r.stdout)).toEqual(['orders exists', 'exit 255']);
    expect(lines(r.stderr)).toEqual(['Waiter StreamExists failed: An error occurred (ResourceNotFoundException): Stream nope under account 123456789012 not found.']);
    const trace = await server().trace();
    const polls = calls(trace, 'DescribeStream');
    // CREATING lasts 10 s and each request moves the clock 6 s: the first poll sees CREATING, the second ACTIVE; one poll for nope.
    expect(polls.map((c) => `${(c.input as { StreamName: string }).StreamName}:${c.error?.type ?? (c.output as { StreamDescription: { StreamStatus: string } }).StreamDescription.StreamStatus}`)).toEqual([
      'orders:CREATING',
      'orders:ACTIVE',
      'nope:ResourceNotFoundException',
    ]);
  });

  it('Firehose: start and stop through ENABLING → ENABLED and DISABLING → DISABLED; a key disabled while ENABLING ends ENABLING_FAILED', async () => {
    const r = await scenario('firehose');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([
      'arn:aws:firehose:us-east-1:123456789012:deliverystream/logs',
      'ACTIVE\tENABLING\tAWS_OWNED_CMK',
      'ACTIVE\tENABLED\tAWS_OWNED_CMK',
      'ACTIVE\tDISABLING\tAWS_OWNED_CMK',
      'ACTIVE\tDISABLED\tAWS_OWNED_CMK',
      'ACTIVE\tENABLING_FAILED\tCUSTOMER_MANAGED_CMK',
      'DISABLED_KMS_KEY',
    ]);
    const trace = await server().trace();
    expect(transitions(trace, 'EncryptionStatus', 'logs')).toEqual([
      'none->DISABLED',
      'DISABLED->ENABLING',
      'ENABLING->ENABLED',
      'ENABLED->DISABLING',
      'DISABLING->DISABLED',
      'DISABLED->ENABLING',
      'ENABLING->ENABLING_FAILED',
    ]);
    expect(calls(trace, 'DisableKey').map((c) => c.error?.type ?? 'ok')).toEqual(['ok']);
  });

  it('KMS: create-key and create-alias; describe-key through the alias; a second alias of that name is AlreadyExistsException', async () => {
    const r = await scenario('kms');
    const out = lines(r.stdout);
    expect(out[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(out.slice(1)).toEqual([`${out[0]}\tEnabled\tCUSTOMER\torders stream key`, 'exit 254']);
    expect(lines(r.stderr)).toEqual([
      ERROR('AlreadyExistsException', 'CreateAlias', 'An alias with the name arn:aws:kms:us-east-1:123456789012:alias/orders already exists'),
    ]);
    expect(r.code).toBe(0);
    const trace = await server().trace();
    expect(calls(trace).map((c) => `${c.operation}:${c.error?.type ?? 'ok'}`)).toEqual([
      'CreateKey:ok',
      'CreateAlias:ok',
      'DescribeKey:ok',
      'CreateAlias:AlreadyExistsException',
    ]);
  });
});
