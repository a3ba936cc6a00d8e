import "server-only";
// A ZIP written as it is read (yazl): each entry's content is made only when
// the entry before it has gone out to the reader, so a large partnership's
// download holds one file's content at a time, never the whole archive, and
// a reader that stops reading stops the making.
import { Readable } from "node:stream";
import { ZipFile } from "yazl";

export type ZipEntry = {
  path: string;
  /** Makes the content, when the entry's turn comes. */
  make: () => Promise<Uint8Array | string>;
};

/** The entries as one ZIP, streamed; a failure while making an entry ends the stream with that error (the download fails, nothing half-named is left looking whole). */
export function streamZip(entries: readonly ZipEntry[], modified: Date): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  zip.on("error", (error: Error) => output.destroy(error));
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.path, { mtime: modified }, (done) => {
      entry.make().then(
        (content) => done(null, Readable.from([typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content.buffer, content.byteOffset, content.byteLength)])),
        (error: unknown) => done(error, undefined as never),
      );
    });
  }
  zip.end();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
