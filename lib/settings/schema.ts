// Schemas shared by the partnership settings form and its server action (STYLE rule 6).
import { z } from "zod";

export const partnershipSettingsSchema = z.object({
  /** The partnership the form was shown for: compared with the member's own, never used to choose one. */
  partnershipId: z.string({ error: "Missing item." }).min(1, "Missing item.").max(40),
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1),
  /** A checkbox: sent only when ticked. */
  advisorDashboardAccess: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type PartnershipSettingsInput = z.infer<typeof partnershipSettingsSchema>;
