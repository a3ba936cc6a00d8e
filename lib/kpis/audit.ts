// This domain's entries in the audit vocabulary (lib/audit/vocabulary.ts): each entity
// kind it writes, with its verbs, their typed before/after, sentences and links.
import type { AnyKind } from "@/lib/audit/define";

export const kpiAudit = {} satisfies Record<string, AnyKind>;
