// Schemas shared by the password forms and what they post to (STYLE rule 6).
import { z } from "zod";

const EMAIL_MAX = 254;
const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);

/** "Forgot your password?": only an address; whether it has an account is never said. */
export const forgotPasswordSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(EMAIL_MAX, `Keep the email address to ${EMAIL_MAX} characters.`)
    .pipe(z.email("Enter an email address like name@council.gov.uk.")),
});
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/**
 * The new password, twice. Only presence and agreement here: the policy
 * (lib/passwords/policy.ts, server-only) needs the person's email and name,
 * which the token names, so the reset checks it with them.
 */
export const resetPasswordSchema = z
  .object({
    token: z.string({ error: "Missing link." }).min(1, "Missing link.").max(100),
    password: z.string({ error: "Enter a new password." }).min(1, "Enter a new password."),
    confirmPassword: z.string({ error: "Enter the new password again." }).min(1, "Enter the new password again."),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "The two passwords are not the same: type it again." });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** An admin issues a reset link for a member of their partnership. */
export const issuePasswordResetSchema = z.object({ membershipId: id });
export type IssuePasswordResetInput = z.infer<typeof issuePasswordResetSchema>;

/** An admin removes one OpenID Connect link of a member of their partnership. */
export const removeOidcLinkSchema = z.object({ membershipId: id, oidcAccountId: id });
export type RemoveOidcLinkInput = z.infer<typeof removeOidcLinkSchema>;
