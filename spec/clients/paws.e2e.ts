// R paws (paws.analytics, paws.security.identity from CRAN) against `npm run serve`, configured as a
// paws user configures an endpoint (`config = list(endpoint = url, region = ..., credentials = ...)`):
// the Kinesis SSE lifecycle and a Firehose start, from paws.R.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAWS, calls, clientEnv, lines, requireClient, runClient, scripts, transitions, useEndpoint } from './endpoint';

const server = useEndpoint();

async function scenario(name: string): Promise<string[]> {
  requireClient(PAWS);
  const r = await runClient('Rscript', [join(scripts, 'paws.R'), name], { env: clientEnv(server().url), timeoutMs: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return lines(r.stdout);
}

describe('R paws', () => {
  it('creates a stream, sees UPDATING then ACTIVE, gets ResourceInUseException with AWS’s text, puts and gets encrypted records, rotates and stops', async () => {
    expect(await scenario('kinesis')).toEqual([
      'CREATING NONE -',
      'ACTIVE NONE -',
      'UPDATING KMS alias/aws/kinesis',
      'error ResourceInUseException 400',
      'ResourceInUseException (HTTP 400). Stream orders under account 123456789012 not ACTIVE, instead in state UPDATING',
      'ACTIVE KMS alias/aws/kinesis',
      'put KMS',
      'get hello KMS',
      'ACTIVE KMS alias/orders',
      'UPDATING NONE -',
      'ACTIVE NONE -',
      'put -',
      'error ResourceNotFoundException 400',
      'ResourceNotFoundException (HTTP 400). Stream nope under account 123456789012 not found.',
    ]);
    const trace = await server().trace();
    expect(transitions(trace, 'EncryptionType', 'orders')).toEqual(['NONE->KMS', 'KMS->NONE']);
    // paws signs with the configured region: the model saw it in the credential scope.
    expect(new Set(calls(trace).map((c) => c.region))).toEqual(new Set(['us-east-1']));
  });

  it('starts Firehose encryption: ENABLING, then ENABLED once the clock advances', async () => {
    expect(await scenario('firehose')).toEqual(['ENABLING AWS_OWNED_CMK', 'ENABLED AWS_OWNED_CMK']);
    expect(transitions(await server().trace(), 'EncryptionStatus', 'logs')).toEqual(['none->DISABLED', 'DISABLED->ENABLING', 'ENABLING->ENABLED']);
  });
});
