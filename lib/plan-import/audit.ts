// The plan import's entries in the audit vocabulary (lib/audit/vocabulary.ts):
// a file uploaded to import, and one summary row when it is imported (each
// area, outcome, action and milestone it makes writes its own row through the
// plan's cores).
import { z } from "zod";
import { auditKind, verb, type AnyKind } from "@/lib/audit/define";
import { planPath } from "@/lib/plan/paths";
import { planImportUploadPath } from "./paths";

const count = z.number().int();
const uploaded = z.object({ fileName: z.string(), bytes: count });
const imported = z.object({
  fileName: z.string(),
  areas: count,
  outcomes: count,
  actions: z.object({ new: count, updated: count, unchanged: count }),
  milestones: count,
  /** Imported by `npm run admin -- plan import` (no upload kept: the entity is the partnership). */
  commandLine: z.boolean().optional(),
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const planImportAudit = {
  PlanImportUpload: auditKind({
    label: "a plan upload",
    verbs: {
      upload: verb({ after: uploaded, says: ({ after }) => `uploaded ${after.fileName} to import` }),
      import: verb({
        after: imported,
        says: ({ after }) =>
          `imported ${after.fileName}: ${plural(after.actions.new, "new action")}, ${after.actions.updated} updated, ${after.actions.unchanged} unchanged` +
          (after.areas || after.outcomes || after.milestones
            ? ` (${[plural(after.areas, "new priority area"), plural(after.outcomes, "new outcome"), plural(after.milestones, "new milestone")].join(", ")})`
            : ""),
      }),
    },
    link: (slug, id, change) => ("commandLine" in change.after && change.after.commandLine ? planPath(slug) : planImportUploadPath(slug, id)),
  }),
} satisfies Record<string, AnyKind>;
