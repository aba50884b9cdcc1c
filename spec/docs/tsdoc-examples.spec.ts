// Every ```ts block in the @example of a name the public entries export must compile. All the examples are
// type-checked in one in-memory program (the project's compiler options, the package names mapped to src/
// by `paths`). Each example is a module that begins with imports of every public entry's exports, of the
// SDK client names it mentions, of vitest's test functions and `fc`, and of spec/docs/example-preamble.ts
// (`world`, `client`, ...), leaving out the names the example imports or declares itself.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, expect, it } from 'vitest';
import { compilerOptions } from '../api/report';
import { declarationOf, ENTRIES, exportsOf } from '../public-entries';

const root = resolve(__dirname, '../..');
const PREAMBLE = join(root, 'spec/docs/example-preamble.ts');
const SDK_CLIENTS = ['@aws-sdk/client-kinesis', '@aws-sdk/client-firehose', '@aws-sdk/client-kms'] as const;
const VITEST_NAMES = ['describe', 'it', 'test', 'expect', 'vi', 'beforeEach', 'afterEach', 'beforeAll', 'afterAll'] as const;

interface Example {
  /** Where it is: `src/file.ts:line (Name)`. */
  readonly where: string;
  readonly code: string;
}

/** The names each entry exports: re-exported ones (the walker) and the ones the entry declares itself. */
function entryNames(): Map<string, string> {
  const names = new Map<string, string>(); // name → package name of the first entry exporting it
  for (const [entry, path] of Object.entries(ENTRIES)) {
    const file = join(root, path);
    for (const e of exportsOf(file)) if (!names.has(e.name)) names.set(e.name, entry);
    for (const name of localExports(file)) if (!names.has(name)) names.set(name, entry);
  }
  return names;
}

function localExports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  return source.statements.flatMap((s) => {
    if (!ts.canHaveModifiers(s) || !ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
    if (ts.isVariableStatement(s)) return s.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name) return [s.name.text];
    return [];
  });
}

/** The ```ts blocks of the @example tags of `node`'s TSDoc. */
function examplesOf(node: ts.Node, name: string): Example[] {
  const source = node.getSourceFile();
  const out: Example[] = [];
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  for (const doc of docs) {
    for (const tag of doc.tags ?? []) {
      if (tag.tagName.text !== 'example') continue;
      // The tag's raw text without the comment's ` * ` margin (the parsed comment loses indentation).
      const raw = source.text.slice(tag.getStart(source), tag.end).split('\n').map((l) => l.replace(/^\s*\*( |$)/, '').replace(/\s*\*\/\s*$/, ''));
      const text = raw.join('\n');
      const re = /```(?:ts|typescript)\n([\s\S]*?)\n\s*```/g;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const line = source.getLineAndCharacterOfPosition(tag.getStart(source)).line + 1 + text.slice(0, m.index).split('\n').length;
        out.push({ where: `${relative(root, source.fileName)}:${line} (${name})`, code: m[1]! });
      }
    }
  }
  return out;
}

/** Every example of every public name, each declaration once. */
function publicExamples(): Example[] {
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const path of Object.values(ENTRIES)) {
    const file = join(root, path);
    const named = [...exportsOf(file), ...localExports(file).map((name) => ({ name, file }))];
    for (const e of named) {
      const node = declarationOf(e);
      if (node === undefined) throw new Error(`${e.name} is not declared in ${e.file}`);
      // The walker parses each file afresh; key by position so a declaration exported twice counts once.
      const key = `${node.getSourceFile().fileName}:${node.pos}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(...examplesOf(node, e.name));
    }
  }
  return out;
}

/** Names an example declares or imports at its top level (the prelude must not import them again). */
function ownNames(code: string): Set<string> {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const names = new Set<string>();
  const bind = (n: ts.BindingName): void => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else for (const el of n.elements) if (!ts.isOmittedExpression(el)) bind(el.name);
  };
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && s.importClause) {
      if (s.importClause.name) names.add(s.importClause.name.text);
      const b = s.importClause.namedBindings;
      if (b && ts.isNamespaceImport(b)) names.add(b.name.text);
      if (b && ts.isNamedImports(b)) for (const el of b.elements) names.add(el.name.text);
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) bind(d.name);
    } else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) {
      names.add(s.name.text);
    }
  }
  return names;
}

/** Identifiers an example mentions (to pick the SDK names it needs). */
function mentioned(code: string): Set<string> {
  return new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

function prelude(code: string, publicNames: ReadonlyMap<string, string>, sdkNames: ReadonlyMap<string, string>, preambleNames: readonly string[]): string {
  const own = ownNames(code);
  const uses = mentioned(code);
  const byModule = new Map<string, string[]>();
  const add = (module: string, name: string): void => {
    if (own.has(name)) return;
    byModule.set(module, [...(byModule.get(module) ?? []), name]);
  };
  for (const [name, entry] of publicNames) add(entry, name);
  for (const [name, module] of sdkNames) if (uses.has(name) && !publicNames.has(name)) add(module, name);
  for (const name of VITEST_NAMES) if (!publicNames.has(name)) add('vitest', name);
  for (const name of preambleNames) add('./example-preamble', name);
  const lines = [...byModule].map(([module, names]) => `import { ${names.join(', ')} } from '${module}';`);
  if (!own.has('fc')) lines.push("import fc from 'fast-check';");
  // The matcher types on vitest's expect, as a user's setup file gives them.
  lines.push("import 'kinesis-sse-harness/vitest';");
  return `${lines.join(' ')}\n`;
}

let examples: Example[];
let diagnostics: Map<number, string[]>;

// A wrong example, checked with the others, that must be reported: proof the program really type-checks them.
const WRONG: Example = { where: '(the wrong example of this spec)', code: "const w = createWorld({ seed: 'one' });\nw.kinesis.createStream(1);" };

beforeAll(() => {
  examples = [...publicExamples(), WRONG];
  // Examples show fragments (unused names are fine) and import types without `import type` as users may.
  const options: ts.CompilerOptions = {
    ...compilerOptions(),
    noUnusedLocals: false,
    noUnusedParameters: false,
    verbatimModuleSyntax: false,
    isolatedModules: false,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options, true);

  // The SDK clients' exported names: one small program over the three packages' typings.
  const sdkProbe = join(root, 'spec/docs/__sdk-probe.ts');
  const probeText = SDK_CLIENTS.map((m, i) => `import * as m${i} from '${m}';`).join('\n') + '\nexport {};\n';
  const files = new Map<string, string>([[sdkProbe, probeText]]);
  examples.forEach((e, i) => files.set(join(root, `spec/docs/__example-${i}.ts`), e.code));

  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = files.get(fileName);
    return text === undefined ? getSourceFile(fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => files.get(fileName) ?? readFile(fileName);

  const probe = ts.createProgram([sdkProbe], options, host);
  const checker = probe.getTypeChecker();
  const sdkNames = new Map<string, string>();
  const probeFile = probe.getSourceFile(sdkProbe)!;
  probeFile.statements.forEach((s, i) => {
    if (!ts.isImportDeclaration(s)) return;
    const moduleSymbol = checker.getSymbolAtLocation(s.moduleSpecifier);
    if (moduleSymbol === undefined) return;
    for (const x of checker.getExportsOfModule(moduleSymbol)) if (!sdkNames.has(x.name)) sdkNames.set(x.name, SDK_CLIENTS[i]!);
  });

  const publicNames = entryNames();
  const preambleNames = localExports(PREAMBLE);
  examples.forEach((e, i) => files.set(join(root, `spec/docs/__example-${i}.ts`), prelude(e.code, publicNames, sdkNames, preambleNames) + e.code));

  const program = ts.createProgram([...examples.keys()].map((i) => join(root, `spec/docs/__example-${i}.ts`)), options, host, probe);
  diagnostics = new Map();
  examples.forEach((_e, i) => {
    const file = program.getSourceFile(join(root, `spec/docs/__example-${i}.ts`))!;
    const found = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => {
      const line = d.start === undefined ? 0 : file.getLineAndCharacterOfPosition(d.start).line; // line 0 is the prelude
      return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    diagnostics.set(i, found);
  });
}, 180_000);

it('finds the examples of the public API (a walker that found none would check nothing)', () => {
  expect(examples.length - 1).toBeGreaterThan(150);
  console.log(`${examples.length - 1} TSDoc examples of the public API type-checked`);
});

it('every example of the public API compiles', () => {
  const failing = examples.flatMap((e, i) => {
    if (e === WRONG) return [];
    const found = diagnostics.get(i) ?? [];
    return found.length === 0 ? [] : [`${e.where}\n  ${found.join('\n  ')}`];
  });
  expect(failing.join('\n\n')).toBe('');
});

it('a wrong example fails the check (the program really type-checks them)', () => {
  const found = diagnostics.get(examples.indexOf(WRONG))!;
  expect(found).toHaveLength(2);
  expect(found[0]).toMatch(/^line 1: Type 'string' is not assignable to type 'number'/);
  expect(found[1]).toMatch(/^line 2: Argument of type 'number' is not assignable to parameter of type 'string'/);
});
