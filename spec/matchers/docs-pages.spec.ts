// Every matcher has its page in docs/matchers, listed by the index, whose example is a spec the suite
// runs (spec/docs/snippets.spec.ts checks that the page shows that file exactly); and the failure
// message the index prints is the one the matcher prints.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchers } from '../../src/matchers/index';
import '../../src/vitest';
import { failureOf, setup, startStreamEncryption } from './support';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('the matcher pages', () => {
  const index = read('docs/matchers/index.md');

  for (const name of Object.keys(matchers)) {
    const page = `docs/matchers/${kebab(name)}.md`;
    const example = `spec/matchers/docs/${kebab(name)}.spec.ts`;

    it(`${name}: ${page}, listed by the index, shows ${example}, which uses the matcher`, () => {
      expect(existsSync(join(root, page)), `${page} is missing`).toBe(true);
      expect(read(page).startsWith(`# ${name}\n`)).toBe(true);
      expect(index).toContain(`(${kebab(name)}.md)`);
      expect(read(page)).toContain(`<!-- snippet: ${example} -->`);
      expect(read(example)).toMatch(new RegExp(`expect\\(world\\)\\.${name}\\(`));
    });
  }

  it('no page is left for a matcher that does not exist', () => {
    const pages = readdirSync(join(root, 'docs/matchers')).filter((f) => f !== 'index.md');
    expect(pages.sort()).toEqual(Object.keys(matchers).map((n) => `${kebab(n)}.md`).sort());
  });

  it('the failure message the index shows is the one toHaveStreamStatus prints', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    clock.advance(1_000);
    startStreamEncryption(world, 'orders', 'alias/orders');
    const printed = failureOf(() => expect(world).toHaveStreamStatus('orders', 'ACTIVE'));
    expect(index).toContain(`\`\`\`text\n${printed}\n\`\`\``);
  });
});
