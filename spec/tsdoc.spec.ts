import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

// The project's rule: TSDoc with an example on every export under src/, internal ones included
// (spec/public-api.spec.ts checks the entries' surface in more depth).
const root = join(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('every exported declaration under src/ has TSDoc with an @example', () => {
  const missing: string[] = [];
  for (const file of files(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const s of source.statements) {
      if (!ts.canHaveModifiers(s) || !ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      let name: string | undefined;
      if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) name = s.name?.text;
      else if (ts.isVariableStatement(s)) name = s.declarationList.declarations.map((d) => d.name.getText()).join(', ');
      else continue;
      const hasExample = ts.getJSDocCommentsAndTags(s).some((d) => ts.isJSDoc(d) && d.tags?.some((t) => t.tagName.text === 'example'));
      if (!hasExample) missing.push(`${relative(root, file)}: ${name ?? '(anonymous)'}`);
    }
  }
  expect(missing).toEqual([]);
});
