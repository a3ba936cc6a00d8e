// The prefetch policy (docs/architecture.md#prefetch-policy): only the
// primary navigation may prefetch, and only on the reader's intent (its links
// are IntentPrefetchLink). Every other <Link> in app/ and components/ says
// prefetch={false}, or one page view becomes a burst of server renders of the
// pages it links to (issue #22). Read with TypeScript's parser, so a
// renamed import, a spread or the component passed around as a value is seen.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { appSourceFiles, parseSource } from "../tests/support/server-actions";

const root = path.resolve(import.meta.dirname, "..");
/** The one component whose link may prefetch: once the reader points at it, touches or focuses it. */
const INTENT_LINK = "components/shell/intent-prefetch-link.tsx";
/** The partnership's navigation: the one place that uses it. */
const PRIMARY_NAVIGATION = "components/shell/main-nav.tsx";

/** Where a file lets a link prefetch, as "file:line why". */
function prefetchingLinks(file: string, text: string): string[] {
  if (!text.includes("next/link") && !text.includes(".prefetch(")) return [];
  const source = parseSource(file, text);
  const found: string[] = [];
  const at = (node: ts.Node, why: string) => found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${why}`);
  const names = new Set<string>();
  const fromNextLink = (specifier: ts.Expression | undefined) => !!specifier && ts.isStringLiteral(specifier) && specifier.text === "next/link";
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && fromNextLink(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) at(statement, "imports next/link as a namespace");
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) if ((e.propertyName ?? e.name).text === "default") names.add(e.name.text);
    }
    if (ts.isExportDeclaration(statement) && fromNextLink(statement.moduleSpecifier)) at(statement, "re-exports next/link");
  }
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && ts.isIdentifier(node.tagName) && names.has(node.tagName.text)) {
      const attributes = node.attributes.properties;
      const prefetch = attributes.find((a): a is ts.JsxAttribute => ts.isJsxAttribute(a) && a.name.getText(source) === "prefetch");
      const off = prefetch?.initializer && ts.isJsxExpression(prefetch.initializer) && prefetch.initializer.expression?.kind === ts.SyntaxKind.FalseKeyword;
      if (!off) at(node, "a <Link> without prefetch={false}");
      if (attributes.some(ts.isJsxSpreadAttribute)) at(node, "a <Link> with spread props (they could turn prefetching on)");
      // The tag name is the component used as it should be; look only at the attributes' values.
      attributes.forEach(visit);
      return;
    }
    // Link passed around as a value (<Item as={Link}>, const L = Link) escapes the check above.
    if (ts.isIdentifier(node) && names.has(node.text) && !ts.isImportClause(node.parent) && !ts.isImportSpecifier(node.parent) && !ts.isJsxClosingElement(node.parent))
      at(node, "next/link's Link used as a value");
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "prefetch") at(node, "a prefetch() call");
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = ["app", "components"].flatMap((dir) => appSourceFiles(root, dir));
const read = (f: string) => fs.readFileSync(path.join(root, f), "utf8");

describe("prefetch policy", () => {
  it("lets no link prefetch outside the primary navigation", () => {
    const checked = files.filter((f) => f !== INTENT_LINK);
    expect(checked.filter((f) => read(f).includes("next/link")).length).toBeGreaterThan(40);
    expect(checked.flatMap((f) => prefetchingLinks(f, read(f)))).toEqual([]);
  });

  it("prefetches on intent only in the primary navigation, and there with nothing else", () => {
    expect(files.filter((f) => f !== INTENT_LINK && f !== PRIMARY_NAVIGATION && read(f).includes("IntentPrefetchLink"))).toEqual([]);
    expect(read(PRIMARY_NAVIGATION)).toContain('import { IntentPrefetchLink } from "./intent-prefetch-link"');
    // Off until the reader shows intent; then Next.js's own default.
    expect(read(INTENT_LINK)).toContain("prefetch={intent ? null : false}");
  });

  it("catches a link that would prefetch, however it is written", () => {
    const check = (body: string, head = 'import Link from "next/link";') => prefetchingLinks("components/x.tsx", `${head}\nexport const X = () => ${body};\n`);
    expect(check('<Link prefetch={false} href="/a">a</Link>')).toEqual([]);
    expect(check('<Link href="/a">a</Link>')).toEqual(["components/x.tsx:2 a <Link> without prefetch={false}"]);
    expect(check('<Link href="/a" />')).toHaveLength(1);
    expect(check('<Link prefetch href="/a">a</Link>')).toHaveLength(1);
    expect(check('<Link prefetch={true} href="/a">a</Link>')).toHaveLength(1);
    expect(check('<Link prefetch={null} href="/a">a</Link>')).toHaveLength(1);
    expect(check('<Link prefetch="auto" href="/a">a</Link>')).toHaveLength(1);
    expect(check('<Link prefetch={on} href="/a">a</Link>')).toHaveLength(1);
    expect(check('<NextLink href="/a">a</NextLink>', 'import NextLink from "next/link";')).toHaveLength(1);
    expect(check('<L href="/a">a</L>', 'import { default as L } from "next/link";')).toHaveLength(1);
    expect(check("<Link prefetch={false} {...props}>a</Link>")).toEqual(["components/x.tsx:2 a <Link> with spread props (they could turn prefetching on)"]);
    expect(check("<Item as={Link} />")).toEqual(["components/x.tsx:2 next/link's Link used as a value"]);
    expect(check("<a onMouseEnter={() => router.prefetch('/a')}>a</a>", "")).toEqual(["components/x.tsx:2 a prefetch() call"]);
    expect(check("null", 'export { default } from "next/link";')).toEqual(["components/x.tsx:1 re-exports next/link"]);
  });
});
