// `npm ci` (the first step of .ci/run) refuses a lockfile that lacks any package of the ideal tree,
// including other platforms' optional binaries (@rollup/rollup-android-arm64, …). The registry this
// project's machines reach does not serve those (404), so a lockfile npm writes here leaves them out.
// The committed lockfile lists them with their version and `optional: true`: `npm ci` then validates,
// and skips them as optional packages it cannot fetch. This spec keeps it that way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root } from './pack';

interface LockEntry {
  readonly version?: string;
  readonly optionalDependencies?: Record<string, string>;
}

it('lists every optional dependency of every locked package, so npm ci accepts it', () => {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      // Node's lookup: a copy nested under the package, or up the tree to the top-level node_modules.
      const candidates: string[] = [];
      for (let base = path; ; ) {
        candidates.push(`${base === '' ? '' : `${base}/`}node_modules/${name}`);
        if (base === '') break;
        const cut = base.lastIndexOf('/node_modules/');
        base = cut === -1 ? '' : base.slice(0, cut);
      }
      if (!candidates.some((c) => lock.packages[c] !== undefined)) missing.push(`${name} (optional dependency of ${path || 'the root'})`);
    }
  }
  expect(missing).toEqual([]);
});
