// The API report: the public surface of each entry of kinesis-sse-harness as text, committed under api/ and
// compared by spec/api/api-report.spec.ts, so that a change to what users can import or call is a visible
// diff in review. Built with the TypeScript compiler API from the source entries (no build needed):
// each exported name with its kind and its full type text, then the declarations the surface reaches that no
// entry exports (a user meets them in signatures), then the entry's module augmentations.
// `npm run api:update` (spec/api/update.ts) rewrites the files.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository's root folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each public entry: its package name, its source, and the report file that pins it. */
export const API_ENTRIES = [
  { name: 'kinesis-sse-harness', source: 'src/index.ts', report: 'api/kinesis-sse-harness.api.md' },
  { name: 'kinesis-sse-harness/fast-check', source: 'src/fast-check/index.ts', report: 'api/fast-check.api.md' },
  { name: 'kinesis-sse-harness/matchers', source: 'src/matchers/index.ts', report: 'api/matchers.api.md' },
  { name: 'kinesis-sse-harness/vitest', source: 'src/vitest.ts', report: 'api/vitest.api.md' },
  { name: 'kinesis-sse-harness/jest', source: 'src/jest.ts', report: 'api/jest.api.md' },
  { name: 'kinesis-sse-harness/server', source: 'src/server/index.ts', report: 'api/server.api.md' },
] as const;

/** The command that rewrites the committed reports. */
export const UPDATE_COMMAND = 'npm run api:update';

/** The project's compiler options (tsconfig.json), for a program of the entries only. */
export function compilerOptions(): ts.CompilerOptions {
  const path = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(path, (p) => readFileSync(p, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, path);
  return { ...parsed.options, noEmit: true };
}

/**
 * A program of the five entries. `overrides` replaces the text of source files (absolute paths), for a
 * spec that checks the report notices a change; `old` lets TypeScript reuse the unchanged files.
 */
export function apiProgram(overrides: ReadonlyMap<string, string> = new Map(), old?: ts.Program): ts.Program {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = overrides.get(fileName);
    return text === undefined ? getSourceFile(fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => overrides.get(fileName) ?? readFile(fileName);
  return ts.createProgram(
    API_ENTRIES.map((e) => join(root, e.source)),
    options,
    host,
    old,
  );
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const TYPE_FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

const posix = (path: string): string => relative(root, path).split('\\').join('/');

function kindOf(d: ts.Declaration): string {
  if (ts.isFunctionDeclaration(d)) return 'function';
  if (ts.isClassDeclaration(d)) return 'class';
  if (ts.isInterfaceDeclaration(d)) return 'interface';
  if (ts.isTypeAliasDeclaration(d)) return 'type';
  if (ts.isEnumDeclaration(d)) return 'enum';
  if (ts.isModuleDeclaration(d)) return 'namespace';
  if (ts.isVariableDeclaration(d)) return ts.getCombinedNodeFlags(d) & ts.NodeFlags.Const ? 'const' : 'let';
  return ts.SyntaxKind[d.kind];
}

function isPrivate(member: ts.ClassElement): boolean {
  return (
    (ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) === true) ||
    (member.name !== undefined && ts.isPrivateIdentifier(member.name))
  );
}

/** The text a user sees of one declaration: signatures and types, no bodies, no comments. */
function declarationText(checker: ts.TypeChecker, name: string, symbol: ts.Symbol): string {
  const declarations = symbol.declarations ?? [];
  const first = declarations[0]!;
  // A name that is both a value and a type (`const X` and `type X`): each part on its own.
  const values = declarations.filter((d) => ts.isVariableDeclaration(d) || ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d));
  const types = declarations.filter((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d));
  if (values.length > 0 && types.length > 0 && !ts.isClassDeclaration(values[0]!)) {
    const print = (d: ts.Declaration): string => printer.printNode(ts.EmitHint.Unspecified, d, d.getSourceFile()).replace(/^export (declare )?/, '').trim();
    const valueText = ts.isVariableDeclaration(values[0]!)
      ? `${kindOf(values[0]!)} ${name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, values[0]!), values[0], TYPE_FLAGS)};`
      : values.map((d) => `function ${name}${checker.signatureToString(checker.getSignatureFromDeclaration(d as ts.FunctionDeclaration)!, d, TYPE_FLAGS)};`).join('\n');
    return [valueText, ...types.map(print)].join('\n');
  }
  if (ts.isFunctionDeclaration(first)) {
    // Overloads when there are any (the implementation signature is not callable), else the one signature.
    const overloads = declarations.filter((d): d is ts.FunctionDeclaration => ts.isFunctionDeclaration(d) && d.body === undefined);
    const shown = overloads.length > 0 ? overloads : [first];
    return shown.map((d) => `function ${name}${checker.signatureToString(checker.getSignatureFromDeclaration(d)!, d, TYPE_FLAGS)};`).join('\n');
  }
  if (ts.isVariableDeclaration(first)) {
    return `${kindOf(first)} ${name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, first), first, TYPE_FLAGS)};`;
  }
  if (ts.isClassDeclaration(first)) {
    const heritage = (first.heritageClauses ?? []).map((h) => ` ${printer.printNode(ts.EmitHint.Unspecified, h, first.getSourceFile()).trim()}`).join('');
    const typeParameters = first.typeParameters ? `<${first.typeParameters.map((p) => p.getText()).join(', ')}>` : '';
    const members = first.members
      .filter((m) => !isPrivate(m))
      .map((m) => {
        const memberSymbol = m.name === undefined ? undefined : checker.getSymbolAtLocation(m.name);
        if (ts.isConstructorDeclaration(m)) return `constructor${checker.signatureToString(checker.getSignatureFromDeclaration(m)!, m, TYPE_FLAGS).replace(/: [^:]*$/, '')};`;
        if (ts.isMethodDeclaration(m) && memberSymbol !== undefined) {
          return `${m.name.getText()}${checker.signatureToString(checker.getSignatureFromDeclaration(m)!, m, TYPE_FLAGS)};`;
        }
        if (ts.isPropertyDeclaration(m) && memberSymbol !== undefined) {
          const modifiers = (ts.getModifiers(m) ?? []).map((x) => `${x.getText()} `).join('');
          return `${modifiers}${m.name.getText()}${m.questionToken ? '?' : ''}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(memberSymbol, m), m, TYPE_FLAGS)};`;
        }
        return printer.printNode(ts.EmitHint.Unspecified, m, first.getSourceFile()).trim();
      });
    return [`class ${name}${typeParameters}${heritage} {`, ...members.map((m) => `    ${m}`), '}'].join('\n');
  }
  // Interfaces, type aliases, enums, namespaces: the declarations as written (merged ones one after another).
  return declarations
    .map((d) => printer.printNode(ts.EmitHint.Unspecified, d, d.getSourceFile()).replace(/^export (declare )?/, '').trim())
    .join('\n');
}

/** The symbol a name finally stands for (through imports and re-exports). */
function target(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** Declarations under src/ that `symbol`'s declarations name in their types (type references, typeof, extends). */
function referencedFromSource(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol[] {
  const found: ts.Symbol[] = [];
  for (const declaration of symbol.declarations ?? []) {
    const visit = (node: ts.Node): void => {
      if (ts.isBlock(node)) return; // bodies are not the surface
      if (ts.isPropertyDeclaration(node) && ts.isClassLike(node.parent) && isPrivate(node)) return;
      if (ts.isVariableDeclaration(node) && node.type === undefined) {
        // An unannotated constant: what its initializer makes of it is not reachable by name; its type is
        // printed in full instead.
        return;
      }
      let name: ts.Node | undefined;
      if (ts.isTypeReferenceNode(node)) name = node.typeName;
      else if (ts.isExpressionWithTypeArguments(node)) name = node.expression;
      else if (ts.isTypeQueryNode(node)) name = node.exprName;
      if (name !== undefined) {
        const right = ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name;
        const referenced = checker.getSymbolAtLocation(right);
        if (referenced !== undefined) found.push(target(checker, referenced));
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(declaration, visit);
  }
  return found.filter(
    (s) => !(s.flags & ts.SymbolFlags.TypeParameter) && (s.declarations ?? []).some((d) => posix(d.getSourceFile().fileName).startsWith('src/')),
  );
}

/** The report of one entry (markdown), built from `program`. */
export function apiReport(program: ts.Program, entry: (typeof API_ENTRIES)[number]): string {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(join(root, entry.source));
  if (file === undefined) throw new Error(`${entry.source} is not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  const exported = moduleSymbol === undefined ? [] : [...checker.getExportsOfModule(moduleSymbol)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // Every entry's names, so that "reachable but not exported" means not exported by any entry.
  const publicSymbols = new Set<ts.Symbol>();
  for (const e of API_ENTRIES) {
    const f = program.getSourceFile(join(root, e.source));
    const m = f === undefined ? undefined : checker.getSymbolAtLocation(f);
    if (m !== undefined) for (const s of checker.getExportsOfModule(m)) publicSymbols.add(target(checker, s));
  }

  const lines: string[] = [
    `# API report: \`${entry.name}\``,
    '',
    `<!-- Generated from ${entry.source} by spec/api/report.ts. Do not edit: run \`${UPDATE_COMMAND}\` and review the diff. -->`,
    '',
  ];
  const section = (heading: string, name: string, symbol: ts.Symbol): void => {
    const d = symbol.declarations?.[0];
    if (d === undefined) return;
    lines.push(`${heading} \`${name}\` (${kindOf(d)}, ${posix(d.getSourceFile().fileName)})`, '', '```ts', declarationText(checker, name, symbol), '```', '');
  };

  lines.push(`## Exports (${exported.length})`, '');
  const reachable = new Map<ts.Symbol, string>();
  const queue: ts.Symbol[] = [];
  for (const s of exported) {
    const t = target(checker, s);
    section('###', s.name, t);
    queue.push(t);
  }
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const r of referencedFromSource(checker, next)) {
      if (publicSymbols.has(r) || reachable.has(r)) continue;
      reachable.set(r, r.name);
      queue.push(r);
    }
  }
  if (reachable.size > 0) {
    lines.push(`## Reachable from the exports, not exported (${reachable.size})`, '');
    const sorted = [...reachable.keys()].sort((a, b) => {
      const ka = `${a.name} ${posix(a.declarations![0]!.getSourceFile().fileName)}`;
      const kb = `${b.name} ${posix(b.declarations![0]!.getSourceFile().fileName)}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    for (const s of sorted) section('###', s.name, s);
  }

  const augmentations = file.statements.filter((s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && (ts.isStringLiteral(s.name) || s.name.text === 'global'));
  if (augmentations.length > 0) {
    lines.push(`## Module augmentations (${augmentations.length})`, '');
    for (const a of augmentations) lines.push('```ts', printer.printNode(ts.EmitHint.Unspecified, a, file).trim(), '```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
