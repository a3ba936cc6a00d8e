import { randomBytes } from "node:crypto";
import yauzl from "yauzl";
import { describe, expect, it } from "vitest";
import { streamZip, type ZipEntry } from "./zip";

const MB = 1_000_000;

/** Entries of incompressible bytes that note when each is made. */
function entries(count: number, size: number) {
  const made: string[] = [];
  const list: ZipEntry[] = Array.from({ length: count }, (_, i) => ({
    path: `pdf/${i}.pdf`,
    make: async () => {
      made.push(`pdf/${i}.pdf`);
      return new Uint8Array(randomBytes(size));
    },
  }));
  return { made, list };
}

async function names(bytes: Buffer): Promise<string[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(bytes, (error, file) => (error ? reject(error) : resolve(file))));
  const found: string[] = [];
  await new Promise<void>((resolve) => {
    zip.on("entry", (entry: yauzl.Entry) => found.push(entry.fileName));
    zip.on("end", resolve);
  });
  return found;
}

describe("a ZIP written as it is read", () => {
  it("makes every entry in order, into a ZIP that opens", async () => {
    const { made, list } = entries(3, 1_000);
    const stream = streamZip([...list, { path: "manifest.json", make: async () => "{}" }], new Date("2026-11-20T09:30:00Z"));
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    expect(made).toEqual(["pdf/0.pdf", "pdf/1.pdf", "pdf/2.pdf"]);
    expect(await names(bytes)).toEqual(["pdf/0.pdf", "pdf/1.pdf", "pdf/2.pdf", "manifest.json"]);
  });

  it("makes an entry only when the reader has taken the one before: a reader that stops stops the making", async () => {
    const { made, list } = entries(20, 2 * MB);
    const reader = streamZip(list, new Date()).getReader();
    // Unread, the stream holds what fits its buffer: the first entry, no more.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(made.length).toBeLessThanOrEqual(2);
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Far from all 40 MB: the first entry or two, held back by the reader.
    expect(made.length).toBeLessThanOrEqual(2);
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(made.length).toBeLessThanOrEqual(2);
  });
});
