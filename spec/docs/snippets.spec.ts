import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every code block in README.md and docs/**/*.md that is preceded by `<!-- snippet: <path> -->` must be
// exactly the content of that file, which is a spec or example the suite runs. So the docs show code
// that runs, and cannot drift from it. `<!-- snippet: <path>#<region> -->` names the lines between
// `snippet-start: <region>` and `snippet-end: <region>` comments in that file (without the markers,
// their common indentation removed): a part of a client script the client suite runs.
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

/** The lines of `text` between the `snippet-start: region` and `snippet-end: region` marker lines, dedented; undefined without both markers. */
function region(text: string, name: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`snippet-start: ${name}\\s*$`).test(l));
  const end = lines.findIndex((l, i) => i > start && new RegExp(`snippet-end: ${name}\\s*$`).test(l));
  if (start < 0 || end < 0) return undefined;
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return body.map((l) => l.slice(Math.min(indent, /^ */.exec(l)![0].length))).join('\n');
}

describe('documentation snippets', () => {
  const all = snippets();

  it('a region is the lines between its markers, dedented', () => {
    const text = 'a\n  # snippet-start: r\n  x()\n    y()\n  # snippet-end: r\nb';
    expect(region(text, 'r')).toBe('x()\n  y()');
    expect(region(text, 'other')).toBeUndefined();
  });

  it('the README has at least one snippet (its quick start)', () => {
    expect(all.some((s) => s.doc === 'README.md')).toBe(true);
  });

  for (const s of all) {
    it(`${s.doc} shows ${s.file} exactly`, () => {
      const [file, name] = s.file.split('#') as [string, string | undefined];
      const path = join(root, file);
      expect(existsSync(path), `${file} named by ${s.doc} does not exist`).toBe(true);
      const text = readFileSync(path, 'utf8');
      const shown = name === undefined ? text : region(text, name);
      expect(shown, `${file} has no snippet-start/snippet-end: ${name ?? ''} markers`).toBeDefined();
      expect(s.code.trimEnd()).toBe(shown!.trimEnd());
    });
  }
});
