// The members' entries in the audit vocabulary (lib/audit/vocabulary.ts).
import { z } from "zod";
import { auditKind, verb, type AnyKind } from "@/lib/audit/define";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { memberPath, membersPath } from "./paths";

const role = z.enum(ROLES);
const roleAndAreas = z.object({ member: z.string(), role, areaIds: z.array(z.string()) });
const areaCount = (ids: readonly string[]) => (ids.length === 1 ? "1 priority area" : `${ids.length} priority areas`);

/** What a removed member held, counted, and who took it on (or nobody: left unassigned). */
const held = z.object({
  areas: z.number().int(),
  actionsLed: z.number().int(),
  actionsAssigned: z.number().int(),
  kpis: z.number().int(),
  risks: z.number().int(),
  mitigations: z.number().int(),
});
const HELD_WORDS: Record<keyof z.infer<typeof held>, [string, string]> = {
  areas: ["priority area", "priority areas"],
  actionsLed: ["action led", "actions led"],
  actionsAssigned: ["action assigned", "actions assigned"],
  kpis: ["KPI", "KPIs"],
  risks: ["risk", "risks"],
  mitigations: ["mitigation", "mitigations"],
};

export function heldWords(counts: z.infer<typeof held>): string[] {
  return (Object.keys(HELD_WORDS) as (keyof typeof HELD_WORDS)[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${HELD_WORDS[k][counts[k] === 1 ? 0 : 1]}`);
}

export const memberAudit = {
  Membership: auditKind({
    label: "a membership",
    verbs: {
      "change role": verb({
        before: roleAndAreas,
        after: roleAndAreas,
        says: ({ before, after }) =>
          `changed ${after.member}’s role from ${ROLE_LABELS[before.role]} to ${ROLE_LABELS[after.role]}${after.areaIds.length ? `, with ${areaCount(after.areaIds)}` : ""}`,
      }),
      "change areas": verb({
        before: roleAndAreas,
        after: roleAndAreas,
        says: ({ before, after }) => `changed ${after.member}’s priority areas from ${areaCount(before.areaIds)} to ${areaCount(after.areaIds)}`,
      }),
      remove: verb({
        before: roleAndAreas.extend({ email: z.string(), held }),
        after: z.object({ successor: z.string().nullable() }),
        says: ({ before, after }) => {
          const what = heldWords(before.held);
          const handed = what.length === 0 ? "" : after.successor ? `, handing ${what.join(", ")} to ${after.successor}` : `, leaving ${what.join(", ")} unassigned`;
          return `removed ${before.member} (${ROLE_LABELS[before.role]}) from the partnership${handed}`;
        },
      }),
    },
    link: (slug, membershipId, change) => (change.after && "role" in change.after ? memberPath(slug, membershipId) : membersPath(slug)),
  }),
} satisfies Record<string, AnyKind>;
