// boto3 (Debian's python3-boto3 1.26, run by /usr/bin/python3) against `npm run serve`: each scenario
// of boto3_sse.py, checked on what it prints and on the world's trace (attempts of retried calls).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOTO3, calls, clientEnv, lines, requireClient, runClient, scripts, transitions, type Finished, useEndpoint } from './endpoint';

const server = useEndpoint();

/** Runs one scenario of boto3_sse.py and expects it to exit 0 with nothing on stderr. */
async function scenario(name: string): Promise<string[]> {
  requireClient(BOTO3);
  const r: Finished = await runClient('/usr/bin/python3', [join(scripts, 'boto3_sse.py'), name], { env: clientEnv(server().url), timeoutMs: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return lines(r.stdout);
}

const ERROR = (code: string, operation: string, message: string): string => `An error occurred (${code}) when calling the ${operation} operation: ${message}`;

describe('boto3', () => {
  it('creates a stream, sees UPDATING then ACTIVE as the clock advances, puts and gets encrypted records, rotates the key and stops', async () => {
    expect(await scenario('lifecycle')).toEqual([
      'CREATING NONE -',
      'ACTIVE NONE -',
      'UPDATING KMS alias/aws/kinesis',
      'ACTIVE KMS alias/aws/kinesis',
      'put KMS',
      "get [(b'hello', 'KMS')]",
      'UPDATING KMS alias/orders',
      'ACTIVE KMS alias/orders',
      'UPDATING NONE -',
      'ACTIVE NONE -',
      'put -',
    ]);
    const trace = await server().trace();
    expect(transitions(trace, 'EncryptionType', 'orders')).toEqual(['NONE->KMS', 'KMS->NONE']);
    expect(transitions(trace, 'KeyId', 'orders')).toEqual(['none->alias/aws/kinesis', 'alias/aws/kinesis->alias/orders', 'alias/orders->none']);
  });

  it('the stream_exists waiter polls in per-request mode until ACTIVE; on a missing stream it fails at once', async () => {
    expect(await scenario('waiter')).toEqual([
      'ACTIVE NONE -',
      'waiter Waiter StreamExists failed: An error occurred (ResourceNotFoundException): Stream nope under account 123456789012 not found.',
    ]);
    const polls = calls(await server().trace(), 'DescribeStream');
    const seen = polls.map((c) => `${(c.input as { StreamName: string }).StreamName}:${c.error?.type ?? (c.output as { StreamDescription: { StreamStatus: string } }).StreamDescription.StreamStatus}`);
    // Each request moves the clock 4 s and CREATING lasts 10 s: CREATING until the clock passes 10 s, then ACTIVE; nope fails the waiter on its first poll.
    expect(seen.at(-1)).toBe('nope:ResourceNotFoundException');
    expect(seen.at(-2)).toBe('orders:ACTIVE');
    expect(seen.slice(0, -2).length).toBeGreaterThanOrEqual(1);
    expect(seen.slice(0, -2).every((s) => s === 'orders:CREATING')).toBe(true);
  });

  it('retries a throttled StartStreamEncryption (the trace shows attempts 1, 2, 3 of one invocation) and does not retry KMSThrottlingException', async () => {
    expect(await scenario('retries')).toEqual([
      'started after 2 retries',
      'error KMSThrottlingException 400 0',
      ERROR('KMSThrottlingException', 'StartStreamEncryption', 'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.'),
      'ACTIVE KMS alias/aws/kinesis',
    ]);
    const starts = calls(await server().trace(), 'StartStreamEncryption');
    expect(starts.map((c) => [c.error?.type ?? 'ok', c.attempt])).toEqual([
      ['LimitExceededException', 1],
      ['LimitExceededException', 2],
      ['ok', 3],
      ['KMSThrottlingException', 1],
    ]);
    // boto3 sends amz-sdk-invocation-id: the three attempts share one, the next call has its own.
    const [first, second, third, fourth] = starts.map((c) => c.invocation);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect([second, third]).toEqual([first, first]);
    expect(fourth).not.toBe(first);
  });

  it('surfaces AWS’s error codes, texts and status as ClientError, and the modeled exception classes', async () => {
    expect(await scenario('errors')).toEqual([
      'error ResourceInUseException 400 0',
      ERROR('ResourceInUseException', 'StartStreamEncryption', 'Stream orders under account 123456789012 not ACTIVE, instead in state CREATING'),
      'error ResourceNotFoundException 400 0',
      ERROR('ResourceNotFoundException', 'StartStreamEncryption', 'Stream nope under account 123456789012 not found.'),
      'error InvalidArgumentException 400 0',
      ERROR('InvalidArgumentException', 'StopStreamEncryption', 'Encryption type cannot be NONE.'),
      'caught ResourceNotFoundException Stream nope under account 123456789012 not found.',
    ]);
  });

  it('Firehose with a customer managed key: ENABLING → ENABLED, stop, and ENABLING_FAILED once a control-API fault revokes access to the key', async () => {
    expect(await scenario('firehose')).toEqual([
      'ACTIVE ENABLING CUSTOMER_MANAGED_CMK -',
      'ACTIVE ENABLED CUSTOMER_MANAGED_CMK -',
      'ACTIVE DISABLED CUSTOMER_MANAGED_CMK -',
      'ACTIVE ENABLING CUSTOMER_MANAGED_CMK -',
      'ACTIVE ENABLING_FAILED CUSTOMER_MANAGED_CMK KMS_ACCESS_DENIED',
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
    expect(trace.some((e) => e.kind === 'transition' && e.property === 'KeyCondition' && e.to.includes('access-denied'))).toBe(true);
  });

  it('KMS: create_key, create_alias, describe_key and list_aliases; AlreadyExistsException as its modeled class', async () => {
    expect(await scenario('kms')).toEqual([
      'Enabled CUSTOMER True',
      'True',
      "['alias/orders']",
      'error AlreadyExistsException 400 0',
      ERROR('AlreadyExistsException', 'CreateAlias', 'An alias with the name arn:aws:kms:us-east-1:123456789012:alias/orders already exists'),
    ]);
  });
});
