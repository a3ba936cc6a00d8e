// Schemas shared by the partnership settings form and its server action (STYLE rule 6).
import { z } from "zod";

export const partnershipSettingsSchema = z.object({
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1),
  /** A checkbox: sent only when ticked. */
  advisorDashboardAccess: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type PartnershipSettingsInput = z.infer<typeof partnershipSettingsSchema>;
