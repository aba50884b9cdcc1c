// The public entries of kinesis-sse-harness and a walker from each exported name to the declaration that
// holds its TSDoc, read from the sources (parsed, not type-checked, so it stays fast). Shared by
// spec/public-api.spec.ts (TSDoc and no `any` on each name) and spec/docs/tsdoc-examples.spec.ts (the
// examples compile).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** Each entry's package name and source file (relative to the repository). */
export const ENTRIES = {
  'kinesis-sse-harness': 'src/index.ts',
  'kinesis-sse-harness/fast-check': 'src/fast-check/index.ts',
  'kinesis-sse-harness/matchers': 'src/matchers/index.ts',
  'kinesis-sse-harness/vitest': 'src/vitest.ts',
  'kinesis-sse-harness/jest': 'src/jest.ts',
  'kinesis-sse-harness/server': 'src/server/index.ts',
} as const;

/** A name a file re-exports, and the file it re-exports it from. */
export interface Exported {
  readonly name: string;
  readonly file: string;
}

/** The names `file` re-exports with `export { ... } from '...'` (and `export type { ... } from`). */
export function exportsOf(file: string): Exported[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: Exported[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier === undefined || statement.exportClause === undefined) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    const target = join(dirname(file), `${(statement.moduleSpecifier as ts.StringLiteral).text}.ts`);
    for (const e of statement.exportClause.elements) out.push({ name: (e.propertyName ?? e.name).text, file: target });
  }
  return out;
}

/** The statement that declares `e.name` in `e.file`, following re-exports to the declaring file. */
export function declarationOf(e: Exported, depth = 0): ts.Node | undefined {
  const source = ts.createSourceFile(e.file, readFileSync(e.file, 'utf8'), ts.ScriptTarget.ES2022, true);
  for (const s of source.statements) {
    if (
      (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) &&
      s.name?.text === e.name
    ) {
      return s;
    }
    if (ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === e.name)) return s;
  }
  // A re-export: follow it to the file that declares the name.
  if (depth < 5) {
    const again = exportsOf(e.file).find((x) => x.name === e.name);
    if (again !== undefined) return declarationOf(again, depth + 1);
  }
  return undefined;
}
