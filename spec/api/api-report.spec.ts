// The public surface, pinned: each entry's API report (spec/api/report.ts) must equal the committed
// api/*.api.md. A change to what users can import or call shows up as a diff of those files in review.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_ENTRIES, UPDATE_COMMAND, apiProgram, apiReport, root } from './report';

let program: ts.Program;
beforeAll(() => {
  program = apiProgram();
}, 120_000);

describe('the committed API reports', () => {
  it.each(API_ENTRIES.map((e) => [e.name, e] as const))('%s matches its report', (_name, entry) => {
    const path = join(root, entry.report);
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '(missing)';
    expect(
      apiReport(program, entry),
      `The public surface of ${entry.name} differs from ${entry.report}. If the change is intended, run \`${UPDATE_COMMAND}\` and commit the updated report.`,
    ).toBe(committed);
  });
});

/** Lines of `after` that `before` does not have. */
function added(before: string, after: string): string[] {
  const had = new Set(before.split('\n'));
  return after.split('\n').filter((l) => !had.has(l));
}

describe('the report notices a change to the surface', () => {
  // One program with four edits (each program costs seconds of checking): every edit must show up.
  const main = API_ENTRIES[0];
  const vitest = API_ENTRIES.find((e) => e.name === 'kinesis-sse-harness/vitest')!;
  const edits: readonly { readonly path: string; readonly from: string; readonly to: string }[] = [
    // A public signature: createWorld loses its default.
    { path: 'src/world/index.ts', from: 'createWorld(options: WorldOptions = {}): World {', to: 'createWorld(options: WorldOptions): World {' },
    // A name added to an entry.
    { path: main.source, from: "export { formatTimeline } from './world/timeline';", to: "export { formatTimeline, renderValue } from './world/timeline';" },
    // A type the surface reaches without exporting it: the world's Rng gains a member.
    { path: 'src/model/rng.ts', from: 'export interface Rng {', to: 'export interface Rng {\n  reseed(seed: number): void;' },
    // A module augmentation of a setup entry.
    { path: vitest.source, from: 'interface AsymmetricMatchersContaining extends SelfTypedSseMatchers {}', to: '' },
  ];
  let changed: ts.Program;
  beforeAll(() => {
    const overrides = new Map<string, string>();
    for (const edit of edits) {
      const text = readFileSync(join(root, edit.path), 'utf8');
      expect(text, `${edit.path} no longer holds the text this spec edits`).toContain(edit.from);
      overrides.set(join(root, edit.path), text.replace(edit.from, edit.to));
    }
    changed = apiProgram(overrides, program);
  }, 120_000);

  it('a changed signature, an added name and a changed reachable type each change the main report', () => {
    const lines = added(apiReport(program, main), apiReport(changed, main));
    expect(lines).toContain('function createWorld(options: WorldOptions): World;');
    expect(lines).toContain('### `renderValue` (function, src/world/timeline.ts)');
    expect(lines).toContain('    reseed(seed: number): void;');
  });

  it('a removed module augmentation changes the setup entry’s report', () => {
    expect(apiReport(program, vitest)).toContain('AsymmetricMatchersContaining');
    expect(apiReport(changed, vitest)).not.toContain('AsymmetricMatchersContaining');
  });
});
