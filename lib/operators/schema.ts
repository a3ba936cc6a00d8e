// What an operator types on /admin and on the command line: one schema for both.
import { z } from "zod";

/** Addresses the app uses at the top level, and words a partnership could be confused with. */
export const RESERVED_SLUGS = [
  "admin",
  "api",
  "p",
  "login",
  "logout",
  "invite",
  "reset",
  "new",
  "settings",
  "audit",
  "operator",
  "operators",
  "static",
  "public",
  "www",
  "stocktake",
];

export const slugSchema = z
  .string({ error: "Enter the partnership’s address." })
  .trim()
  .min(2, "The address needs at least 2 characters.")
  .max(40, "The address can be at most 40 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens only, such as derby-city.")
  .refine((slug) => !RESERVED_SLUGS.includes(slug), "That address is reserved: choose another.");

const text = (missing: string, max = 120) => z.string({ error: missing }).trim().min(1, missing).max(max, `At most ${max} characters.`);

export const createPartnershipSchema = z.object({
  name: text("Enter the partnership’s name."),
  partnershipSlug: slugSchema,
  localAuthority: text("Enter the local authority it covers."),
  icb: text("Enter the integrated care board (ICB) it covers."),
  adminEmail: z.string({ error: "Enter the first admin’s email address." }).trim().toLowerCase().pipe(z.email("Enter an email address such as name@council.gov.uk.").max(320)),
});
export type CreatePartnershipInput = z.infer<typeof createPartnershipSchema>;

/** Archive or restore: the partnership the confirmation was shown for. */
export const partnershipStateSchema = z.object({
  partnershipId: z.string({ error: "Choose a partnership." }).min(1).max(40),
});
export type PartnershipStateInput = z.infer<typeof partnershipStateSchema>;

/** The one form of the confirmation (one action, so its answer shows after a post without JavaScript whichever it was). */
export const changePartnershipStateSchema = partnershipStateSchema.extend({
  intent: z.enum(["archive", "restore"], { error: "Choose whether to archive or restore it." }),
});
export type ChangePartnershipStateInput = z.infer<typeof changePartnershipStateSchema>;
