// Start failures are for whoever typed `npm start`, who may never have seen a
// stack trace: one sentence on the terminal, the whole story in a log file.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inspect } from "node:util";

/** A failure its message explains in one sentence: what is wrong and what to do. */
export class StartError extends Error {
  /** Output of the program that failed (build, PostgreSQL), for the log. */
  declare readonly output?: string;

  constructor(sentence: string, options: { cause?: unknown; output?: string } = {}) {
    super(sentence, { cause: options.cause });
    this.name = "StartError";
    // Not enumerable: the log prints it as it was written, not as an escaped string.
    Object.defineProperty(this, "output", { value: options.output, enumerable: false });
  }
}

/** The gist of an error for the middle of a sentence: its first line, without a final full stop. */
export function gist(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n").find((l) => l.trim()) ?? "unknown error";
  const short = line.trim().replace(/\.$/, "");
  return short.length > 160 ? `${short.slice(0, 157)}…` : short;
}

/**
 * Prints one sentence on stderr and writes the details to `logFile` (relative
 * to `root`). STOCKTAKE_DEBUG=1 prints the details on the terminal too.
 */
export function reportFailure(error: unknown, root: string, logFile: string) {
  const details = [new Date().toISOString(), inspect(error, { depth: 6 }), error instanceof StartError && error.output ? `--- output ---\n${error.output}` : ""].join("\n\n");
  let written = false;
  try {
    mkdirSync(path.dirname(path.join(root, logFile)), { recursive: true });
    writeFileSync(path.join(root, logFile), details + "\n");
    written = true;
  } catch {
    /* a read-only checkout: STOCKTAKE_DEBUG=1 still shows the details */
  }
  const sentence = error instanceof StartError ? error.message.replace(/\.$/, "") : `Stocktake could not start (${gist(error)})`;
  const hasDetails = !(error instanceof StartError) || error.cause !== undefined || error.output !== undefined;
  if (!hasDetails) console.error(`${sentence}.`);
  else console.error(`${sentence} (details: ${written ? logFile : "run again with STOCKTAKE_DEBUG=1"}).`);
  if (process.env.STOCKTAKE_DEBUG) console.error(details);
}
