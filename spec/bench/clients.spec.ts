import { expect, it } from 'vitest';
import { clientsReport } from '../../bench/clients';

// Not a timed test: `npm run bench -- --clients` measures. This keeps its report honest: medians
// over rounds, each peer's ratio taken round by round against the endpoint, errors and absent peers
// printed rather than dropped.
it('the clients bench prints medians side by side, per-round ratios to the endpoint, errors, and peers that are not running', () => {
  const ops = (x: number) => ({ DescribeStreamSummary: [x, 3 * x, 2 * x], PutRecord: [x, x, x], ListStreams: [x, x, x], StartStreamEncryption: [x, x, x] });
  const lines = clientsReport({
    boto3: {
      harness: { ops: ops(1000), errors: { StartStreamEncryption: 'ResourceNotFoundException' } },
      kinesalite: { ops: { ...ops(1500), DescribeStreamSummary: [1500, 1500, 6000] }, errors: { StartStreamEncryption: 'UnknownOperationException' } },
    },
    absent: { 'kinesis-mock': 'not running (nothing listens on 127.0.0.1:4568)' },
    js: { ops: ops(400), errors: {} },
  });
  expect(lines[0]).toMatch(/^operation\s+boto3→harness\s+boto3→kinesis-mock\s+boto3→kinesalite\s+JS SDK→harness$/);
  // Medians: harness DSS [1000, 3000, 2000] → 2 ms; kinesalite [1500, 1500, 6000] → 1.5 ms; ratios per round [1.5, 0.5, 3] → 1.5×.
  expect(lines[1]!.split(/\s{2,}/)).toEqual(['DescribeStreamSummary', '2.00 ms', '—', '1.50 ms (1.5×)', '800 µs']);
  expect(lines[2]!.split(/\s{2,}/)).toEqual(['PutRecord', '1.00 ms', '—', '1.50 ms (1.5×)', '400 µs']);
  expect(lines.slice(5)).toEqual([
    '(ratios: boto3 against the peer ÷ boto3 against the endpoint, median over interleaved rounds)',
    'harness answered: StartStreamEncryption → ResourceNotFoundException',
    'kinesalite answered: StartStreamEncryption → UnknownOperationException',
    'kinesis-mock not running (nothing listens on 127.0.0.1:4568)',
  ]);
});

it('a target that failed and a JS SDK that could not run are printed with their reasons', () => {
  const lines = clientsReport({ boto3: { harness: { failed: 'boto3 is not installed: apt-get install python3-boto3' } }, absent: {}, js: { failed: 'Error: Protocol error' } });
  expect(lines[1]!.split(/\s{2,}/)).toEqual(['DescribeStreamSummary', 'failed', '—', '—', '—']);
  expect(lines.slice(-2)).toEqual(['harness: failed — boto3 is not installed: apt-get install python3-boto3', 'JS SDK: Error: Protocol error']);
});
