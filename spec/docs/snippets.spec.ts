import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every code block in README.md and docs/**/*.md that is preceded by `<!-- snippet: <path> -->` must be
// exactly the content of that file, which is a spec or example the suite runs. So the docs show code
// that runs, and cannot drift from it.
const root = join(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : path.endsWith('.md') ? [path] : [];
  });
}

interface Snippet {
  readonly doc: string;
  readonly file: string;
  readonly code: string;
}

function snippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const doc of [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))]) {
    if (!existsSync(doc)) continue;
    const text = readFileSync(doc, 'utf8');
    const re = /<!--\s*snippet:\s*(\S+)\s*-->\s*\n```[a-z]*\n([\s\S]*?)\n```/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ doc: relative(root, doc), file: m[1]!, code: m[2]! });
    }
  }
  return out;
}

describe('documentation snippets', () => {
  const all = snippets();

  it('the README has at least one snippet (its quick start)', () => {
    expect(all.some((s) => s.doc === 'README.md')).toBe(true);
  });

  for (const s of all) {
    it(`${s.doc} shows ${s.file} exactly`, () => {
      const path = join(root, s.file);
      expect(existsSync(path), `${s.file} named by ${s.doc} does not exist`).toBe(true);
      expect(s.code.trimEnd()).toBe(readFileSync(path, 'utf8').trimEnd());
    });
  }
});
