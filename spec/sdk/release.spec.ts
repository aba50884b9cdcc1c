import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 13: a stub lives in a sinon sandbox its binding owns, so restore() (and the end of every
// runScenario run) releases the stub, its call history and the world it answers from. Each check
// runs in a child process (node --expose-gc), watches every world with a FinalizationRegistry and
// counts the worlds collected after a full GC.

const ROOT = resolve(__dirname, '../..');
const CHILD = resolve(__dirname, 'fixtures/retention.ts');

interface Retention {
  readonly made: number;
  readonly collected: number;
  readonly heapGrowth: number;
}

function retention(mode: 'pairs' | 'runs' | 'bare' | 'calls', n: number, history?: string): Retention {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, mode, String(n), ...(history === undefined ? [] : [history])], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Retention;
}

describe('restore() releases every world', () => {
  it('the probe sees a world kept: aws-sdk-client-mock stubs in sinon\'s default sandbox, restored one by one, keep all of them', () => {
    const r = retention('bare', 200);
    expect(r.made).toBe(220);
    expect(r.collected).toBe(0);
  }, 120_000);

  it('10,000 createWorld + mockKinesis/mockKms/mockFirehose + calls + restore() pairs retain no world', () => {
    const r = retention('pairs', 10_000);
    expect(r.collected).toBe(r.made);
    // Before, each pair kept about 80 KB; what is left is the engine's own (code, inline caches).
    expect(r.heapGrowth / 10_000).toBeLessThan(2_000);
  }, 600_000);

  it('10,000 runScenario runs retain no world', () => {
    const r = retention('runs', 10_000);
    expect(r.collected).toBe(r.made);
    expect(r.heapGrowth / 10_000).toBeLessThan(2_000);
  }, 600_000);
});

describe("mock*(world, { history }) bounds what each call keeps", () => {
  it("with 'none' or { last: 10 }, 5,000 calls keep under a third of what they keep with 'all' (the stub's history was most of it)", () => {
    const all = retention('calls', 5_000, 'all');
    const none = retention('calls', 5_000, 'none');
    const last = retention('calls', 5_000, '10');
    expect(all.heapGrowth / 5_000).toBeGreaterThan(2_000);
    expect(none.heapGrowth).toBeLessThan(all.heapGrowth / 3);
    expect(last.heapGrowth).toBeLessThan(all.heapGrowth / 3);
  }, 300_000);
});
