import "server-only";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEn from "@zxcvbn-ts/language-en";
import { z } from "zod";

// The password policy follows the NCSC's guidance (Password administration
// for system owners): a minimum length and a check against common and
// guessable passwords, and no composition rules (no "one capital, one
// symbol"), no forced expiry. Server-only: the dictionaries are a few
// megabytes and are built once per server process, never sent to a browser.

/** NCSC: at least 12 characters (counted as a person counts them, not in UTF-16 units). */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase or password manager; bounds the guessability check's work. */
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's scores run 0–4; 3 is "safely unguessable" (about 10^8 guesses against a slow hash). */
const MIN_SCORE = 3;
/** A piece of the person's own email or name shorter than this is too common to refuse on. */
const MIN_PERSONAL_PIECE = 4;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
  graphs: zxcvbnCommon.adjacencyGraphs,
  translations: zxcvbnEn.translations,
});

export type PasswordContext = { email: string; name?: string | null };

/** The words of the person's own that a guesser would try first: the email, its parts and their pieces, the name and its parts. */
export function personalWords({ email, name }: PasswordContext): string[] {
  const address = email.trim().toLowerCase();
  const [local = "", domain = ""] = address.split("@");
  const fullName = (name ?? "").trim().toLowerCase();
  const words = [address, local, ...local.split(/[._+-]+/), domain, ...domain.split("."), fullName, ...fullName.split(/\s+/), fullName.replace(/\s+/g, "")];
  return [...new Set(words)].filter((word) => word.length >= MIN_PERSONAL_PIECE);
}

function squashed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whether the password carries the person's email local part or whole name (separators ignored: "Morgan.Hale" is "morganhale"). */
function containsOwnName(password: string, context: PasswordContext): boolean {
  const plain = squashed(password);
  const local = squashed(context.email.trim().split("@")[0] ?? "");
  const name = squashed(context.name ?? "");
  return [local, name].some((word) => word.length >= MIN_PERSONAL_PIECE && plain.includes(word));
}

function isOnCommonList(result: ZxcvbnResult): boolean {
  const warning = result.feedback.warning ?? "";
  if (/commonly used|heavily used|top-(10|100) common/i.test(warning)) return true;
  return result.sequence.length === 1 && result.sequence[0]!.pattern === "dictionary" && /^passwords/.test(String(result.sequence[0]!.dictionaryName));
}

/** zxcvbn's sentence made the tail of ours: "Repeated characters…" → "repeated characters…". */
function asClause(sentence: string): string {
  const trimmed = sentence.trim().replace(/\.$/, "");
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

/**
 * Why `password` may not be used, as one sentence a person can act on, or
 * null when it is fine. `context` is the person's email (and name, when
 * known): a password built from them is refused.
 */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (this has ${length}). A few unrelated words make a long password that is easy to remember.`;
  }
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters (this has ${length}).`;
  if (containsOwnName(password, context)) {
    return "This password is too easy to guess: it contains your name or email address. Choose another.";
  }
  const result = zxcvbn.check(password, personalWords(context));
  if (result.score >= MIN_SCORE) return null;
  if (isOnCommonList(result)) return "This password is on lists of commonly used passwords: choose another.";
  if (result.sequence.some((match) => match.pattern === "dictionary" && match.dictionaryName === "userInputs")) {
    return "This password is too easy to guess: it contains your name or email address. Choose another.";
  }
  const reason = result.feedback.warning ?? result.feedback.suggestions[0] ?? "add more words that are less common";
  return `This password is too easy to guess: ${asClause(reason)}. Choose another, such as a few unrelated words.`;
}

/**
 * A new password field for forms: the length rule and the common-password
 * check. The person's own email and name are not known to a schema, so the
 * action or mutation that has them calls `passwordProblem` with them too.
 */
export const newPasswordSchema = z
  .string({ error: "Enter a new password." })
  .min(1, "Enter a new password.")
  .superRefine((password, context) => {
    const problem = passwordProblem(password, { email: "" });
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
