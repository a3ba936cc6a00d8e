// The README and docs/ are a map of the code: a map that names a file that has
// moved, or a script that was renamed, sends a reader nowhere. These checks
// fail the moment the code and its docs part company, like a lint rule.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

const docs = [
  "README.md",
  ...fs
    .readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** Fenced code blocks are examples (a layout, commands, SQL): only prose and inline code name files and link. */
function withoutFences(text: string): string {
  return text.replace(/^ *```[^\n]*\n[\s\S]*?^ *```$/gm, "");
}

/** Inline code spans of one token: `lib/clock.ts`, not `npm run bench` or `Cache-Control: private`. */
function codeSpans(text: string): string[] {
  return [...withoutFences(text).matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchors(text: string): string[] {
  return [...withoutFences(text).matchAll(/^#+ (.+)$/gm)].map((m) =>
    m[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .replace(/ /g, "-"),
  );
}

const REPO_FOLDER = /^(app|components|lib|prisma|tests|e2e|docs|public|\.ci)\//;
/** Files at the top of the repository that the docs may name bare. */
const TOP_LEVEL_FILE = /^(package(-lock)?\.json|tsconfig\.json|proxy\.ts|README\.md|[\w-]+\.config\.(ts|mjs))$/;

/**
 * Where a named path must exist. A placeholder (`lib/<domain>/`,
 * `e2e/no-javascript-*.spec.ts`, `app/plan-render/…`) stands for any name, so
 * the folder it sits in must exist. `[slug]` is not a placeholder: Next.js's
 * route folders are literally named that.
 */
function mustExist(span: string): string | null {
  if (!REPO_FOLDER.test(span) && !TOP_LEVEL_FILE.test(span)) return null;
  const placeholder = span.search(/[<*…]/);
  if (placeholder === -1) return span;
  return span.slice(0, span.lastIndexOf("/", placeholder) + 1);
}

describe("the README and docs/", () => {
  it("find something to check", () => {
    expect(docs.length).toBeGreaterThan(3);
    expect(docs.flatMap((doc) => codeSpans(read(doc)).filter(mustExist)).length).toBeGreaterThan(50);
  });

  it("name only files and folders that exist", () => {
    const missing = docs.flatMap((doc) =>
      codeSpans(read(doc))
        .map(mustExist)
        .filter((p): p is string => p !== null && !fs.existsSync(path.join(root, p)))
        .map((p) => `${doc}: ${p}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it("link only to files and headings that exist", () => {
    const broken = docs.flatMap((doc) =>
      [...withoutFences(read(doc)).matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => m[1])
        // Web addresses are not files.
        .filter((link) => !/^[a-z]+:/.test(link))
        .filter((link) => {
          const [file, anchor] = link.split("#");
          const target = file ? path.join(path.dirname(doc), file) : doc;
          if (!fs.existsSync(path.join(root, target))) return true;
          return anchor !== undefined && !headingAnchors(read(target)).includes(anchor);
        })
        .map((link) => `${doc}: ${link}`),
    );
    expect(broken).toEqual([]);
  });

  it("never point outside the repository (the product's docs are these)", () => {
    expect(docs.filter((doc) => read(doc).includes("../shared"))).toEqual([]);
  });

  it("mention only npm scripts that exist", () => {
    const scripts = Object.keys(JSON.parse(read("package.json")).scripts as Record<string, string>);
    const unknown = docs.flatMap((doc) =>
      [...read(doc).matchAll(/npm run ([\w:-]+)/g)]
        .map((m) => m[1])
        .filter((s) => !scripts.includes(s))
        .map((s) => `${doc}: npm run ${s}`),
    );
    expect(unknown).toEqual([]);
  });

  it("open the README with the two commands that start and test the app", () => {
    const first = read("README.md").match(/```[^\n]*\n([\s\S]*?)```/)?.[1] ?? "";
    // Each line's comment is for the reader; the commands are what must not drift.
    const commands = first
      .split("\n")
      .map((line) => line.replace(/#.*/, "").trim())
      .filter(Boolean);
    expect(commands).toEqual(["npm install && npm start", "npm test"]);
  });

  it("quote code as it is: each line of a TypeScript example exists in the file its block names", () => {
    const stale: string[] = [];
    for (const doc of docs) {
      for (const [, block] of read(doc).matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
        let file: string | null = null;
        for (const line of block!.split("\n")) {
          const named = /^\/\/ ((?:app|components|lib|prisma|tests|e2e)\/\S+\.tsx?)/.exec(line);
          if (named) file = named[1]!;
          // A comment is the example's own note (an elision "// …", a file's name); every other line is quoted.
          else if (file && line.trim() && !line.trim().startsWith("//") && !read(file).includes(line.trim())) stale.push(`${doc}: ${file}: ${line.trim()}`);
        }
      }
    }
    expect(stale).toEqual([]);
  });
});
