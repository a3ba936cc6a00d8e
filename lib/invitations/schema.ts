// Schemas shared by the invitation forms and their server actions (STYLE rule 6).
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { roleHasAreas } from "@/lib/members/roles";

const EMAIL_MAX = 254;
const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);

export const invitationEmail = z
  .string({ error: "Enter the person’s email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter the person’s email address.")
  .max(EMAIL_MAX, `Keep the email address to ${EMAIL_MAX} characters.`)
  .pipe(z.email("Enter an email address like sam.whitfield@council.gov.uk."));

export const roleField = z.enum(ROLES, { error: "Choose a role." });

/** A checkbox group, joined by commas (withCheckboxes). */
export const areaIdsField = z
  .string()
  .optional()
  .transform((value) => [...new Set((value ?? "").split(",").filter(Boolean))])
  .pipe(z.array(id).max(100));

export const AREAS_NEEDED = "Choose at least one priority area: a lead or contributor works in their areas.";

export const inviteMemberSchema = z
  .object({ email: invitationEmail, role: roleField, areaIds: areaIdsField })
  .superRefine((input, ctx) => {
    if (roleHasAreas(input.role) && input.areaIds.length === 0) ctx.addIssue({ code: "custom", path: ["areaIds"], message: AREAS_NEEDED });
  })
  // Only leads and contributors carry areas; ticked boxes left behind by a role change are dropped.
  .transform((input) => ({ ...input, areaIds: roleHasAreas(input.role) ? input.areaIds : [] }));
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const invitationIdSchema = z.object({ invitationId: id });
export type InvitationIdInput = z.infer<typeof invitationIdSchema>;

export const NAME_MAX = 120;

/** A new person's name on the invitation's page (the password is checked by lib/passwords/policy.ts). */
export const newAccountSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(NAME_MAX, `Keep your name to ${NAME_MAX} characters.`)
    .transform((name) => name.replace(/\s+/g, " ")),
  password: z.string({ error: "Choose a password." }).min(1, "Choose a password.").max(1000, "Use at most 256 characters."),
});
