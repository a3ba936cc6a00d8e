// Where passwords are chosen and reset.
import { absoluteUrl } from "@/lib/urls";

export const FORGOT_PASSWORD_PATH = "/forgot-password";
/** The forgot-password form's target (a route handler: the person is not signed in). */
export const FORGOT_PASSWORD_POST = "/api/auth/forgot-password";
/** The new-password form's target. */
export const RESET_PASSWORD_POST = "/api/auth/reset-password";

export function resetPasswordPath(token: string): string {
  return `/reset-password/${token}`;
}

/** The link as it is mailed or shown to copy. */
export function resetPasswordUrl(token: string): string {
  return absoluteUrl(resetPasswordPath(token));
}
