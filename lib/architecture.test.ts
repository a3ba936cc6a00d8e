// House rules that a reviewer would otherwise have to catch (STYLE rules 2–3),
// checked on every test run like a lint rule.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isDataAccessFile, isMutationsFile } from "../tests/support/data-access";
import { SOURCE_ROOTS, appSourceFiles, exportedActions, inlineServerActions, parseSource, serverActionFiles } from "../tests/support/server-actions";

const root = path.resolve(import.meta.dirname, "..");
const sourceFiles = (dir: string) => appSourceFiles(root, dir);

const files = SOURCE_ROOTS.flatMap(sourceFiles);
/** The data layer, plus the one module that opens write transactions and writes audit rows. */
const WRITE_HELPER = "lib/audit/mutation.ts";
const isDataLayer = (f: string) => f === "lib/db.ts" || f === WRITE_HELPER || isDataAccessFile(f);
const read = (f: string) => fs.readFileSync(path.join(root, f), "utf8");
// A value import of the client, anything Prisma generated (its enums too), the pg driver, or the db module.
const prismaImport = /^\s*import\s+(?!type\b)[^;]*from\s+["'](@prisma\/client|[^"']*generated\/prisma\/\w+|pg|@\/lib\/db|[^"']*\/lib\/db)["']/m;
/** STYLE rule 2 by name: the db client is imported only by files called queries.ts or mutations.ts (a mutations/ folder's files write through the transaction they are given). */
const importsPrisma = (f: string) => f === "lib/db.ts" || f === WRITE_HELPER || /(^|\/)(queries|mutations)\.ts$/.test(f);

/**
 * Where a file uses the audited-write helper's mutation() ("file:line"), by
 * its imports as TypeScript parses them: a call of the name it was imported
 * under (aliases included) or through a namespace import, and any re-export,
 * which would let another file call it under a name this cannot see.
 */
function mutationUses(f: string): string[] {
  // Any import of the helper names it in its path.
  if (!read(f).includes("mutation")) return [];
  const source = parseSource(f, read(f));
  const fromHelper = (specifier: ts.Expression | undefined) => {
    if (!specifier || !ts.isStringLiteral(specifier)) return false;
    const target = specifier.text.startsWith("@/") ? specifier.text.slice(2) : specifier.text.startsWith(".") ? path.posix.join(path.posix.dirname(f), specifier.text) : "";
    return target.replace(/\.ts$/, "") === WRITE_HELPER.replace(/\.ts$/, "");
  };
  const names = new Set<string>();
  const namespaces = new Set<string>();
  const uses: string[] = [];
  const at = (node: ts.Node) => `${f}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && fromHelper(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) if ((e.propertyName ?? e.name).text === "mutation") names.add(e.name.text);
    }
    if (ts.isExportDeclaration(statement) && fromHelper(statement.moduleSpecifier) && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (!clause || !ts.isNamedExports(clause) || clause.elements.some((e) => (e.propertyName ?? e.name).text === "mutation")) uses.push(at(statement));
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && names.has(callee.text)) uses.push(at(node));
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && namespaces.has(callee.expression.text) && callee.name.text === "mutation")
        uses.push(at(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe("house rules", () => {
  it("uses Prisma (and the pg driver) only in lib/db.ts and lib/**/queries.ts|mutations.ts", () => {
    const offenders = files.filter((f) => !importsPrisma(f) && prismaImport.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("queries only in the data layer, also through a transaction handed in (a tenant lookup in a rules file escapes the tenancy test)", () => {
    const modelCall = /\b(?:tx|client|db|prisma)\.[a-z]\w*\.(?:find\w*|count|aggregate|groupBy|create\w*|update\w*|upsert|delete\w*)\(|\$queryRaw|\$executeRaw/;
    const offenders = files.filter((f) => !isDataLayer(f) && modelCall.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("never looks a row up by id alone", () => {
    const offenders = files.filter((f) => /findUnique\(\s*\{\s*where:\s*\{\s*id\b/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("marks data access server-only", () => {
    const unmarked = files.filter((f) => isDataLayer(f) && f !== "lib/db.ts" && !read(f).includes('import "server-only"'));
    expect(unmarked).toEqual([]);
  });

  it("opens write transactions and writes audit rows only through the audited-write helper", () => {
    const offenders = files.filter((f) => f !== WRITE_HELPER && f !== "lib/db.ts" && /\$transaction\(|writeTransaction\(|auditEvent\.(create|update|delete|upsert)/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("defines mutations only in mutations files, where the mutation registry and the tenancy test find them", () => {
    const uses = files.filter((f) => f !== WRITE_HELPER).flatMap(mutationUses);
    expect(uses.filter((use) => isMutationsFile(use.slice(0, use.lastIndexOf(":"))))).not.toEqual([]);
    expect(uses.filter((use) => !isMutationsFile(use.slice(0, use.lastIndexOf(":"))))).toEqual([]);
  });

  it("declares server actions as whole files ('use server' at the top), where the tenancy test at the actions finds them", () => {
    const inline = files.flatMap((f) => inlineServerActions(f, read(f)).map((name) => `${f}#${name}`));
    expect(inline).toEqual([]);
  });

  it("sends every server action through submit (validate, member, audited mutation, refresh)", () => {
    const actions = serverActionFiles(root);
    expect(actions.length).toBeGreaterThan(2);
    // Read with the parser: every export, declared as a function or as a const, is one `return submit(…)`.
    const exports = actions.flatMap((f) => exportedActions(f, read(f)).map((action) => ({ ...action, name: `${f}#${action.name}` })));
    expect(exports.length).toBeGreaterThan(10);
    expect(exports.filter((action) => !action.submits).map((action) => action.name)).toEqual([]);
  });

  it("checks a print view's signature, for its own path, before it reads anything (lib/pdf/guard.ts)", () => {
    const views = files.filter((f) => /^app\/print-render\/.+\/page\.tsx$/.test(f));
    expect(views.length).toBe(3);
    const wrong = views.filter((f) => {
      const text = read(f);
      // "board-pack" → boardPackPrintPath: the view's own path function, signed for the params it was given.
      const own = `${f.split("/")[2]!.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}PrintPath(`;
      const awaits = [...text.matchAll(/await ([\w.]+)(\()?/g)].map((m) => m[1]).filter((name) => name !== "params");
      const exported = [...text.matchAll(/export (?:default )?async function \w+\([^)]*\)[^{]*\{\n([^\n]*)/g)].map((m) => m[1]!);
      return !text.includes(`await requirePrintSignature(${own}`) || awaits[0] !== "requirePrintSignature" || exported.some((line) => !/await load\(params\)/.test(line));
    });
    expect(wrong).toEqual([]);
  });

  it("never binds arguments to a server action (a form posted without JavaScript would hang: vercel/next.js#57867)", () => {
    const offenders = files.filter((f) => /Action\.bind\(/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("takes today and the time of writes from the one clock", () => {
    // The start-up tooling times itself and the session memo compares expiry instants; neither decides a status.
    const allowed = (f: string) => f === "lib/clock.ts" || f.startsWith("lib/runtime/") || f === "lib/auth/session-token.ts";
    const offenders = files.filter((f) => !allowed(f) && /new Date\(\)|Date\.now\(\)/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("keeps every source file readable in one sitting: at most 300 lines (seed data, schema and migrations aside)", () => {
    // The app's layers, the start-up and database tooling, and the test and bench tooling; not the seed's data or tests themselves.
    const tooling = ["prisma", "tests/bench", "tests/support", "e2e/support"].flatMap(sourceFiles).filter((f) => !/^prisma\/seed/.test(f));
    const measured = [...files, ...tooling];
    const lines = (f: string) => read(f).split("\n").length - (read(f).endsWith("\n") ? 1 : 0);
    expect(measured.length).toBeGreaterThan(300);
    expect(measured.filter((f) => lines(f) > 300).map((f) => `${f}: ${lines(f)} lines`)).toEqual([]);
  });

  it("checks the rules against something", () => {
    expect(files.filter((f) => isDataAccessFile(f)).length).toBeGreaterThan(8);
  });
});
