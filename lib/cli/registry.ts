// `npm run admin -- <command>`: a small registry of commands, each registered
// by its domain (lib/<domain>/commands.ts) and collected in lib/cli/commands.ts.
// A command parses its own arguments, writes through the same mutations as
// the pages (one transaction each), and answers on stdout; a refusal is one
// sentence on stderr and a non-zero exit, with nothing made.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

export type CommandIo = { out(line: string): void; err(line: string): void; account: string };

export type Command = {
  /** The words that name it: "partnership create". */
  name: string;
  /** Its arguments, as `npm run admin -- help` shows them. */
  usage: string;
  summary: string;
  run(args: string[], io: CommandIo): Promise<void>;
};

/** A refusal the person can act on: its message is the one sentence printed. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}

/** The command's options and positionals, or a CommandError naming what is wrong. */
export function parseCommandArgs<const Options extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: Options, positionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: positionals > 0, strict: true });
  } catch (error) {
    // Node's message, first sentence: "Unknown option '--colour'."
    throw new CommandError(`${(error as Error).message.split(/(?<=\.)\s/)[0]!.replace(/\.$/, "")}.`);
  }
  if (parsed.positionals.length > positionals) throw new CommandError(`Unexpected argument '${parsed.positionals[positionals]}'.`);
  return parsed;
}

/** The message of a refusal by the data layer (a validation, a conflict, not found), in one sentence. */
function sentenceOf(error: unknown): string | null {
  if (error instanceof CommandError) return error.message;
  if (error instanceof ValidationError || error instanceof NotFoundError) return Object.values(error.fieldErrors ?? {}).flat()[0] ?? error.message;
  if (error instanceof ConflictError || error instanceof ForbiddenError) return error.message;
  return null;
}

export function helpText(commands: readonly Command[]): string {
  return ["Usage: npm run admin -- <command>", "", ...commands.map((c) => `  ${`${c.name} ${c.usage}`.trim()}\n      ${c.summary}`)].join("\n");
}

/** Runs the command the arguments name; resolves with the exit code (0 done, 2 refused, 1 failed). */
export async function runCommand(commands: readonly Command[], argv: string[], io: CommandIo): Promise<number> {
  if (argv.length === 0 || argv[0] === "help" || argv[0] === "--help") {
    io.out(helpText(commands));
    return argv.length === 0 ? 2 : 0;
  }
  // The longest name the arguments start with: "partnership create" before "partnership".
  const command = [...commands].sort((a, b) => b.name.length - a.name.length).find((c) => argv.slice(0, c.name.split(" ").length).join(" ") === c.name);
  if (!command) {
    io.err(`There is no command "${argv.slice(0, 2).join(" ")}": run npm run admin -- help to list them.`);
    return 2;
  }
  try {
    await command.run(argv.slice(command.name.split(" ").length), io);
    return 0;
  } catch (error) {
    const sentence = sentenceOf(error);
    if (sentence) {
      io.err(sentence);
      return 2;
    }
    // Unexpected (the database refused, or is gone): its last line, which names the cause; the transaction left nothing behind.
    const lines = String((error as Error).message ?? error)
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    io.err(`${command.name} failed, and nothing was changed: ${lines.at(-1) ?? "unknown error"}`);
    return 1;
  }
}
