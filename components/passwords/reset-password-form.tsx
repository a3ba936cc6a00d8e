import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

/**
 * The new password, twice: a plain HTML form posted to a route handler
 * (lib/passwords/reset.ts), the same with JavaScript off. The reasons a
 * password was refused come back beside the fields.
 */
export function ResetPasswordForm({ action, token, email, problems }: { action: string; token: string; email: string; problems: { password?: string; confirmPassword?: string } }) {
  const refused = Boolean(problems.password || problems.confirmPassword);
  return (
    <form method="post" action={action} noValidate className="space-y-5">
      {refused ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          Your new password was not saved. Check the messages next to the fields.
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager store the new password against the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        name="password"
        label="New password"
        hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember; no symbols or capitals are needed."
        type="password"
        autoComplete="new-password"
        required
        errors={problems.password ? [problems.password] : undefined}
      />
      <TextField
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        errors={problems.confirmPassword ? [problems.confirmPassword] : undefined}
      />
      <Button type="submit" className="w-full">
        Save new password
      </Button>
    </form>
  );
}
