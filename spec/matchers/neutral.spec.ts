// The matchers are framework-neutral: nothing the matchers entry loads, its own files or what they
// import from the world and the model, imports a package at run time (types only), so kinesis-sse-harness/matchers works with whichever expect registers it. The setup entries
// import only the runner they register on: src/vitest.ts vitest, src/jest.ts nothing (it extends the
// global expect; its `import type {} from 'expect'` is erased).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file imports or re-exports at run time (type-only imports and exports left out). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((s.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier !== undefined && !s.isTypeOnly) {
      out.push((s.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every file `entry` loads at run time through relative imports, and the packages any of them import. */
function reach(entry: string): { files: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of runtimeImports(file)) {
      if (m.startsWith('.')) visit(join(dirname(file), `${m}.ts`));
      else packages.push(`${relative(root, file)}: ${m}`);
    }
  };
  visit(entry);
  return { files: [...seen].map((f) => relative(root, f)), packages };
}

describe('framework-neutral matchers', () => {
  it('nothing kinesis-sse-harness/matchers loads imports a package at run time', () => {
    const { files: loaded, packages } = reach(join(root, 'src/matchers/index.ts'));
    expect(packages).toEqual([]);
    // Every matcher file is reached (the walk follows the imports).
    for (const f of files(join(root, 'src/matchers')).filter((f) => !f.endsWith('types.ts'))) expect(loaded).toContain(relative(root, f));
  });

  it('src/vitest.ts imports vitest and the matchers; src/jest.ts only the matchers', () => {
    expect(runtimeImports(join(root, 'src/vitest.ts')).sort()).toEqual(['./matchers/index', 'vitest']);
    expect(runtimeImports(join(root, 'src/jest.ts'))).toEqual(['./matchers/index']);
  });

  it('the check sees a runtime import, and tells a type-only one from it', () => {
    const probe = join(root, 'spec/matchers/neutral.spec.ts');
    expect(runtimeImports(probe)).toEqual(['node:fs', 'node:path', 'node:url', 'typescript', 'vitest']);
  });
});
