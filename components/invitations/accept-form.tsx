import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import type { AcceptProblems } from "@/lib/invitations/accept";

/** A new person's name and password: a plain HTML form posted to a route handler, the same with JavaScript off. */
export function NewAccountForm({ action, email, problems }: { action: string; email: string; problems: AcceptProblems }) {
  const refused = Boolean(problems.name || problems.password || problems.form);
  return (
    <form method="post" action={action} noValidate className="space-y-5">
      {refused ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {problems.form ?? "Your account was not made. Check the messages next to the fields."}
        </p>
      ) : null}
      {/* Lets a password manager store the new password against the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        name="name"
        label="Your name"
        hint="As colleagues know you: it is shown beside your updates."
        autoComplete="name"
        required
        defaultValue={problems.typedName}
        errors={problems.name ? [problems.name] : undefined}
      />
      <TextField
        name="password"
        label="Choose a password"
        hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember; no symbols or capitals are needed."
        type="password"
        autoComplete="new-password"
        required
        errors={problems.password ? [problems.password] : undefined}
      />
      <Button type="submit" className="w-full">
        Accept and create my account
      </Button>
    </form>
  );
}

/** The signed-in person with the invited email: one click. */
export function JoinForm({ action, partnershipName, problem }: { action: string; partnershipName: string; problem?: string }) {
  return (
    <form method="post" action={action} className="space-y-4">
      {problem ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {problem}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="join" />
      <Button type="submit" className="w-full">
        Join {partnershipName}
      </Button>
    </form>
  );
}
