// The settings domain's entries in the audit vocabulary (lib/audit/vocabulary.ts).
import { z } from "zod";
import { auditKind, verb, type AnyKind } from "@/lib/audit/define";
import { partnershipLifecycleVerbs } from "@/lib/operators/audit";
import { settingsSectionVerbs } from "./audit-sections";
import { settingsPath } from "./paths";

const liveAccess = z.object({ advisorDashboardAccess: z.boolean() });
const publicPage = z.object({ publicPageEnabled: z.boolean() });
const saysAccess = (on: boolean) => (on ? "let advisors read the live dashboard, plan and KPIs" : "limited advisors to published packs and minutes");

export const settingsAudit = {
  Partnership: auditKind({
    label: "the partnership",
    verbs: {
      /** Written by the demo seed and by an operator creating a partnership (lib/operators). */
      create: verb({
        after: z.object({ slug: z.string(), actions: z.number().int().optional(), kpis: z.number().int().optional() }),
        says: ({ after }) => `created the partnership ${after.slug}`,
      }),
      "update settings": verb({ before: liveAccess, after: liveAccess, says: ({ after }) => `changed the partnership’s settings: ${saysAccess(after.advisorDashboardAccess)}` }),
      "update public page": verb({
        before: publicPage,
        after: publicPage,
        says: ({ before, after }) =>
          before.publicPageEnabled === after.publicPageEnabled
            ? `left the public page ${after.publicPageEnabled ? "on" : "off"}`
            : `turned the public page ${after.publicPageEnabled ? "on" : "off"}`,
      }),
      ...settingsSectionVerbs,
      /** An operator's (lib/operators): archived, restored. */
      ...partnershipLifecycleVerbs,
    },
    link: (slug) => settingsPath(slug),
  }),
} satisfies Record<string, AnyKind>;
