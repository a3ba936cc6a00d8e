// The partnership's life as operators change it: archived (read-only for its
// members, hidden from pickers) and restored. Registered as verbs of the
// "Partnership" kind (lib/settings/audit.ts), whose "create" an operator's
// new partnership writes too; each is in that partnership's own audit log.
import { z } from "zod";
import { verb } from "@/lib/audit/define";

const named = z.object({ slug: z.string(), name: z.string() });

export const partnershipLifecycleVerbs = {
  archive: verb({ after: named, says: ({ after }) => `archived the partnership ${after.slug}: its members can read it but not change it` }),
  restore: verb({ after: named, says: ({ after }) => `restored the partnership ${after.slug}: its members can change it again` }),
};
