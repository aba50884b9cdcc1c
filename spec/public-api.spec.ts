import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { declarationOf, ENTRIES, exportsOf } from './public-entries';

// Every name each entry of kinesis-sse-harness exports is documented with TSDoc carrying an @example,
// and no public signature or type says `any`. Read from the sources (parsed, not type-checked, so
// this stays fast).

/** `any` in what a user sees: signatures, members, type aliases — not in function bodies or private members. */
function publicAny(node: ts.Node): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isBlock(n)) return;
    if ((ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n)) && n.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) return;
    if (n.kind === ts.SyntaxKind.AnyKeyword) found.push(n.parent.getText().slice(0, 80));
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

for (const [entry, path] of Object.entries(ENTRIES)) {
  describe(`the public API of ${entry}`, () => {
    const exported = exportsOf(resolve(__dirname, '..', path));

    if (exported.length === 0) {
      // The setup entries (/vitest, /jest) register matchers and export nothing at run time.
      it('exports no runtime names (a setup entry)', () => {
        expect(readFileSync(resolve(__dirname, '..', path), 'utf8')).not.toMatch(/^export (?!type|interface|declare)/m);
      });
      return;
    }

    it.each(exported.map((e) => [e.name, e] as const))('%s has TSDoc with an @example and no any', (_name, e) => {
      const node = declarationOf(e);
      expect(node, `${e.name} is not declared in ${e.file}`).toBeDefined();
      const tags = ts.getJSDocTags(ts.isVariableStatement(node!) ? node.declarationList.declarations[0]! : node!);
      const docs = ts.getJSDocCommentsAndTags(ts.isVariableStatement(node!) ? node : node!);
      expect(docs.length, `${e.name} has no TSDoc`).toBeGreaterThan(0);
      expect(
        tags.some((t) => t.tagName.text === 'example') || docs.some((d) => ts.isJSDoc(d) && d.tags?.some((t) => t.tagName.text === 'example')),
        `${e.name} has no @example`,
      ).toBe(true);
      expect(publicAny(node!), `${e.name} says any`).toEqual([]);
    });
  });
}

it('the main and fast-check entries export a substantial, documented surface', () => {
  expect(exportsOf(resolve(__dirname, '..', ENTRIES['kinesis-sse-harness'])).length).toBeGreaterThan(20);
  expect(exportsOf(resolve(__dirname, '..', ENTRIES['kinesis-sse-harness/fast-check'])).length).toBeGreaterThan(40);
});
