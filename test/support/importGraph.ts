import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

// The static import graph of our own TypeScript as the bundler follows it: an `import` that brings
// a value (not `import type`, not a dynamic `import()`, which is a chunk fetched later), followed
// through re-exporting modules (index.ts) to the module that defines each imported name, as the
// bundler does for modules free of side effects (package.json "sideEffects"). The module imported
// from is reached as well: the bundler puts it in a chunk on the way, and with it every module it
// imports for its own code (rolldown did so for db/open.ts taking inspect.ts's names through
// protection.ts, which brought the key file code and the cipher library onto the start). A module
// reached brings every module it imports values from. Packages are leaves, named as imported ('zod').

const root = resolve(import.meta.dirname, '../..');

interface ModuleInfo {
  /** Names this module defines itself. */
  local: Set<string>;
  /** Names it passes on from another module: exported name → [module, name there]. */
  reexports: Map<string, [string, string]>;
  /** `export * from`: modules whose names it passes on. */
  stars: string[];
  /** What its own code imports: [module or package, names ('*' for all)]. */
  imports: [string, string[]][];
}

const cache = new Map<string, ModuleInfo>();

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(join(root, from)), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return relative(root, candidate);
  }
  if (/\.(css|ttf|woff2?|cjs|mjs|js)$/.test(specifier)) return null;
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** A local module (repository-relative path) or a package (its specifier). */
function target(from: string, specifier: string): string | null {
  return specifier.startsWith('.') ? resolveLocal(from, specifier) : specifier;
}

const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function info(file: string): ModuleInfo {
  const known = cache.get(file);
  if (known) return known;
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const module: ModuleInfo = { local: new Set(), reexports: new Map(), stars: [], imports: [] };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const to = target(file, (statement.moduleSpecifier as ts.StringLiteral).text);
      if (!to) continue;
      if (!clause) {
        module.imports.push([to, []]); // for its effect
        continue;
      }
      if (clause.isTypeOnly) continue;
      const names: string[] = [];
      if (clause.name) names.push('default');
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) if (!element.isTypeOnly) names.push((element.propertyName ?? element.name).text);
      }
      if (names.length > 0) module.imports.push([to, names]);
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      const clause = statement.exportClause;
      if (!statement.moduleSpecifier) {
        if (clause && ts.isNamedExports(clause)) for (const element of clause.elements) if (!element.isTypeOnly) module.local.add(element.name.text);
        continue;
      }
      const to = target(file, (statement.moduleSpecifier as ts.StringLiteral).text);
      if (!to) continue;
      if (!clause) module.stars.push(to);
      else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) if (!element.isTypeOnly) module.reexports.set(element.name.text, [to, (element.propertyName ?? element.name).text]);
      } else module.reexports.set(clause.name.text, [to, '*']);
    } else if (ts.isExportAssignment(statement)) {
      module.local.add('default');
    } else if (isExported(statement)) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) module.local.add(declaration.name.text);
      } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) {
        const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
        module.local.add(isDefault ? 'default' : statement.name.text);
      }
    }
  }
  cache.set(file, module);
  return module;
}

const isPackage = (name: string) => !/\.(ts|tsx)$/.test(name);

/** The modules that define `name` as `file` exports it (the file itself when it defines it). */
function definers(file: string, name: string, seen = new Set<string>()): string[] {
  if (isPackage(file)) return [file];
  if (seen.has(`${file}#${name}`)) return [];
  seen.add(`${file}#${name}`);
  const module = info(file);
  if (name === '*') {
    // A namespace: everything the module passes on, and itself.
    return [file, ...[...module.reexports.values()].flatMap(([to, n]) => definers(to, n, seen)), ...module.stars.flatMap((to) => definers(to, '*', seen))];
  }
  if (module.local.has(name)) return [file];
  const passed = module.reexports.get(name);
  if (passed) return definers(passed[0], passed[1], seen);
  for (const star of module.stars) {
    const found = definers(star, name, seen);
    if (found.length > 0) return found;
  }
  return [];
}

export interface Reach {
  /** Every module and package reached, with the module that first brought it (null for an entry). */
  by: Map<string, string | null>;
}

/** What the bundler puts on the way of `entries` (repository-relative paths): modules and packages. */
export function staticClosure(entries: readonly string[]): Reach {
  // An entry is imported whole (a chunk's namespace): what it passes on is reached too.
  const by = new Map<string, string | null>();
  for (const entry of entries) for (const module of definers(entry, '*')) if (!by.has(module)) by.set(module, module === entry ? null : entry);
  const queue = [...by.keys()];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (isPackage(file)) continue;
    for (const [to, names] of info(file).imports) {
      // The module imported from is reached too, even for names it only passes on (see above);
      // its re-exports of names nobody takes are not followed.
      const reached = names.length === 0 ? [to] : [to, ...names.flatMap((name) => definers(to, name))];
      for (const module of reached) {
        if (by.has(module)) continue;
        by.set(module, file);
        queue.push(module);
      }
    }
  }
  return { by };
}

/** The chain of imports that brings `module` onto the way of the entries. */
export function chainTo(reach: Reach, module: string): string[] {
  const chain = [module];
  for (let at = reach.by.get(module); at; at = reach.by.get(at)) chain.unshift(at);
  return chain;
}
