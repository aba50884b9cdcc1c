import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/properties';
import { assertProperty, PropertyFailure } from '../../src/fast-check/index';

// Every ```text block of the guide preceded by `<!-- output: <example> / <bug> -->` is what that
// example's property prints for the naive version's bug, line by line (`...` in the guide stands
// for text it leaves out). So the guide cannot show output the harness no longer prints.
const guide = readFileSync(join(__dirname, '../../docs/property-testing.md'), 'utf8');
const blocks = [...guide.matchAll(/<!--\s*output:\s*(.+?)\s*\/\s*(.+?)\s*-->\s*\n```text\n([\s\S]*?)\n```/g)].map((m) => ({ example: m[1]!, bug: m[2]!, text: m[3]! }));

function lineMatcher(line: string): RegExp {
  return new RegExp(`^${line.split('...').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

describe('the property-testing guide shows real output', () => {
  it('has output blocks to check', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b) => [`${b.example} / ${b.bug}`, b] as const))('%s', async (_name, block) => {
    const example = EXAMPLES.find((e) => e.name === block.example);
    const bug = example?.bugs.find((b) => b.name === block.bug);
    expect(bug, `no bug '${block.bug}' in example '${block.example}'`).toBeDefined();
    const failure = await assertProperty(example!.property('naive', bug), { numRuns: example!.numRuns, seed: bug!.seed }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PropertyFailure);
    const printed = (failure as PropertyFailure).message.split('\n');
    const shown = block.text.split('\n');
    expect(printed.length).toBe(shown.length);
    shown.forEach((line, i) => expect(printed[i]).toMatch(lineMatcher(line)));
  });

  it("the guard's counterexample is the one the guide names", async () => {
    const example = EXAMPLES.find((e) => e.name === 'stream-encryption-guard')!;
    const failure = (await assertProperty(example.property('naive', example.bugs[0]), { numRuns: example.numRuns, seed: example.bugs[0]!.seed }).catch((e: unknown) => e)) as PropertyFailure;
    const named = /fast-check finds `(\[guard\.ensure\(\)[^`]*\])`/.exec(guide)?.[1];
    expect(named).toBeDefined();
    const printed = /^Counterexample: (.*)$/m.exec(failure.message)![1]!.replace(/ \/\*replayPath="[^"]*"\*\//, '');
    expect(printed).toBe(named!.replace(/, /g, ','));
  });
});
