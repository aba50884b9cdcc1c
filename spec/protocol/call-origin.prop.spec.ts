import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callOrigin } from '../../src/protocol/json11';

/*
 * callOrigin reads the SigV4 credential scope and the SDK's attempt header without regular
 * expressions on the SDK's own layout, and falls back to them otherwise. These are the expressions
 * it replaced: on any header text it must answer as they do.
 */
const SCOPE = /Credential=[^/,\s]*\/\d{8}\/([^/,\s]+)\/[^/,\s]+\/aws4_request/;
const ATTEMPT = /(?:^|;)\s*attempt=(\d+)/;

function reference(headers: Record<string, string>): { region?: string; attempt?: number } {
  const out: { region?: string; attempt?: number } = {};
  const scope = headers['authorization'] === undefined ? null : SCOPE.exec(headers['authorization']);
  if (scope !== null) out.region = scope[1]!;
  const attempt = headers['amz-sdk-request'] === undefined ? null : ATTEMPT.exec(headers['amz-sdk-request']);
  if (attempt !== null) out.attempt = Number(attempt[1]);
  return out;
}

/** Pieces of SigV4 headers, cut and joined at random, with the characters that end a scope part. */
const piece = fc.constantFrom(
  'AWS4-HMAC-SHA256 ',
  'Credential=',
  'AKIDEXAMPLE',
  '/',
  '20260101',
  '2026010',
  'us-east-1',
  'eu-west-1',
  'kinesis',
  'aws4_request',
  ', ',
  ',',
  ' ',
  '\t',
  '\u00a0',
  'é',
  '\u212a',
  'SignedHeaders=host;x-amz-date',
  'Signature=abc123',
  '=',
);
const text = fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(''));
/** What the SDK sends, so the fast path is taken often. */
const sdkAuth = fc
  .tuple(fc.constantFrom('AKID', '', 'A/B'), fc.constantFrom('20260101', '2026-01-01'), fc.constantFrom('us-east-1', 'ap-southeast-2', ''), fc.constantFrom('kinesis', 'kms', ''), fc.constantFrom('aws4_request', 'aws4_requesx'), text)
  .map(([key, date, region, service, term, rest]) => `AWS4-HMAC-SHA256 Credential=${key}/${date}/${region}/${service}/${term}, SignedHeaders=host, Signature=ff${rest}`);
const attemptText = fc.oneof(
  fc.tuple(fc.constantFrom('attempt=', ' attempt=', 'max=3; attempt=', 'attempt=x', ''), fc.stringMatching(/^\d{0,20}$/), fc.constantFrom('', '; max=3', 'x', ';attempt=7', ':', '/1')).map((xs) => xs.join('')),
  fc.string({ maxLength: 30 }),
);

describe('property: callOrigin reads the region and attempt exactly as the regular expressions it replaced', () => {
  it('on SDK-like and arbitrary Authorization and amz-sdk-request texts', () => {
    fc.assert(
      fc.property(fc.oneof(sdkAuth, text, fc.string({ maxLength: 40 })), attemptText, (authorization, request) => {
        const headers = { authorization, 'amz-sdk-request': request };
        const got = callOrigin(headers);
        expect({ region: got.region, attempt: got.attempt }).toStrictEqual({ region: reference(headers).region, attempt: reference(headers).attempt });
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the SDK's own headers on the fast path", () => {
    const headers = {
      authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/kinesis/aws4_request, SignedHeaders=host;x-amz-date, Signature=00ff',
      'amz-sdk-request': 'attempt=2; max=3',
      'amz-sdk-invocation-id': '6f1c2d3e-0000-4000-8000-000000000000',
    };
    expect(callOrigin(headers)).toStrictEqual({ region: 'eu-west-1', invocation: '6f1c2d3e-0000-4000-8000-000000000000', attempt: 2 });
  });
});
