// Which files are server actions, found as Next.js finds them: by the file's
// directive prologue, read with TypeScript's own parser. The first characters
// are not enough: a leading comment or a single-quoted 'use server' is still
// the directive, and a file found by its first characters would escape the
// architecture test (lib/architecture.test.ts) and the tenancy test at the
// actions (tests/tenancy-actions.test.ts), which both ask this module.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Where the app's code lives: the folders any server action could be in. */
export const SOURCE_ROOTS = ["app", "components", "lib"] as const;

export function parseSource(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/**
 * Whether a list of statements opens with "use server": the directive
 * prologue is the leading expression statements that are string literals
 * (either quote; comments are not statements). A directive is its exact
 * source text, so the literal's raw text is compared, quotes removed.
 */
function hasUseServer(statements: ts.NodeArray<ts.Statement>, source: ts.SourceFile): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.getText(source).slice(1, -1) === "use server") return true;
  }
  return false;
}

/** A whole file of server actions: "use server" in the file's directive prologue. */
export function isServerActionFile(fileName: string, text: string): boolean {
  // A directive is its exact text, so a file without it needs no parse.
  if (!text.includes("use server")) return false;
  const source = parseSource(fileName, text);
  return hasUseServer(source.statements, source);
}

/** Functions that are server actions by a "use server" of their own ("name:line"), wherever they are declared. */
export function inlineServerActions(fileName: string, text: string): string[] {
  if (!text.includes("use server")) return [];
  const source = parseSource(fileName, text);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body) && hasUseServer(node.body.statements, source)) {
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
      found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The app's source files under `dir` (relative to `root`), tests and Prisma's generated client left out. */
export function appSourceFiles(root: string, dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : appSourceFiles(root, rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Every file of server actions in the app, relative to `root`. */
export function serverActionFiles(root: string): string[] {
  return SOURCE_ROOTS.flatMap((dir) => appSourceFiles(root, dir)).filter((f) => isServerActionFile(f, fs.readFileSync(path.join(root, f), "utf8")));
}

/**
 * Each export of a server-action file, and whether its body is exactly one
 * `return submit(…)`: function declarations and `export const name = async
 * (…) => …` alike (an arrow whose expression body is `submit(…)` counts).
 * Anything else exported (a value, a re-export) is listed as not submit.
 */
export function exportedActions(fileName: string, text: string): { name: string; submits: boolean }[] {
  const source = parseSource(fileName, text);
  const isSubmitCall = (node: ts.Node | undefined) => node !== undefined && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "submit";
  const submits = (fn: ts.SignatureDeclaration & { body?: ts.ConciseBody }) => {
    if (!fn.body) return false;
    if (!ts.isBlock(fn.body)) return isSubmitCall(fn.body);
    const [only, ...rest] = fn.body.statements;
    return rest.length === 0 && only !== undefined && ts.isReturnStatement(only) && isSubmitCall(only.expression);
  };
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return source.statements.flatMap((statement) => {
    if (ts.isFunctionDeclaration(statement) && exported(statement)) return [{ name: statement.name?.text ?? "default", submits: submits(statement) }];
    if (ts.isVariableStatement(statement) && exported(statement))
      return statement.declarationList.declarations.map((d) => ({
        name: d.name.getText(source),
        submits: d.initializer !== undefined && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)) && submits(d.initializer),
      }));
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) return [{ name: statement.getText(source).slice(0, 60), submits: false }];
    return [];
  });
}
