import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Importing kinesis-sse-harness/fast-check must not load the SDK client packages nor
// @sinonjs/fake-timers (optional peers): a property that only draws names or fault plans needs none
// of them. Checked in a fresh Node process with a module.register resolve hook (every ESM
// resolution, with its parent) and the CommonJS cache (every require).

const ROOT = resolve(__dirname, '../..');
const PROBE = resolve(__dirname, 'fixtures/load-probe.mjs');
const SDK = /@aws-sdk\/client-(kinesis|firehose|kms)\//;
const FAKE_TIMERS = /\/@sinonjs\/fake-timers\//;

interface Loaded {
  readonly resolved: readonly { readonly parent: string; readonly url: string }[];
  readonly cached: readonly string[];
}

function probe(entry: string, then?: string): Loaded {
  const out = execFileSync(process.execPath, ['--import', 'tsx', PROBE, entry, ...(then === undefined ? [] : [then])], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Loaded;
}

const everything = (l: Loaded): string[] => [...l.resolved.map((e) => e.url), ...l.cached];

describe('the fast-check entry loads its optional peers lazily', () => {
  it('importing it loads no SDK client package, and none of its modules imports @sinonjs/fake-timers', () => {
    const loaded = probe(resolve(ROOT, 'src/fast-check/index.ts'));
    expect(loaded.resolved.length).toBeGreaterThan(20); // the hook did see the entry's modules
    expect(everything(loaded).filter((u) => SDK.test(u))).toEqual([]);
    // aws-sdk-client-mock's sinon loads fake-timers for itself; no module of the harness may import it.
    expect(loaded.resolved.filter((e) => e.parent.includes('/src/') && FAKE_TIMERS.test(e.url))).toEqual([]);
  }, 60_000);

  it('the probe does see a client package loaded at import (the check above can fail)', () => {
    const loaded = probe('@aws-sdk/client-kinesis');
    expect(everything(loaded).some((u) => SDK.test(u))).toBe(true);
  }, 60_000);

  it('loads the clients when a run first needs them', () => {
    const loaded = probe(
      resolve(ROOT, 'src/fast-check/index.ts'),
      "const r = await m.runScenario({ keys: [{ alias: 'alias/k' }], streams: [{ name: 's' }] }, () => 1); if (!r.ok) throw r.error; m.createSseSetup({ keys: [{ alias: 'alias/k' }], streams: [{ name: 's' }] })();",
    );
    const paths = everything(loaded);
    for (const pkg of ['client-kinesis', 'client-firehose', 'client-kms']) expect(paths.some((u) => u.includes(`@aws-sdk/${pkg}/`))).toBe(true);
  }, 60_000);
});
