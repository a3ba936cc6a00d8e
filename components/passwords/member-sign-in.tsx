import { SpecForm } from "@/components/forms/spec-form";
import { SettingsSection as Section } from "@/components/settings/settings-section";
import { IssueResetForm } from "@/components/passwords/issue-reset-form";
import { issuePasswordResetAction, removeOidcLinkAction } from "@/lib/passwords/actions";
import { RESET_MINUTES } from "@/lib/passwords/token";
import type { MemberSignInPage } from "@/lib/passwords/view";

/** How one member signs in, for the partnership's admins: their password, a reset link, their OpenID Connect links. */
export function MemberSignIn({ slug, page, mailConfigured }: { slug: string; page: MemberSignInPage; mailConfigured: boolean }) {
  return (
    <>
      <Section
        id="password"
        title="Password"
        intro={
          <>
            <p>{page.hasPassword ? "Has a password." : "Has no password: signs in only with OpenID Connect, or has not chosen one yet."}</p>
            <p>
              A reset link lets them choose a {page.hasPassword ? "new " : ""}password. It works once, for {RESET_MINUTES} minutes, and using it ends every session they have.{" "}
              {mailConfigured ? `It is emailed to ${page.email}.` : "Stocktake does not send email here, so you are shown the link once, to give them."}
            </p>
          </>
        }
      >
        <IssueResetForm action={issuePasswordResetAction} slug={slug} membershipId={page.membershipId} mailConfigured={mailConfigured} />
      </Section>
      <Section
        id="oidc"
        title="OpenID Connect links"
        intro={
          <p>
            {page.links.length === 0
              ? "None: they do not sign in with an organisation account."
              : "The organisation accounts they sign in with. Removing one stops it signing them in."}
          </p>
        }
      >
        <ul className="space-y-4">
          {page.links.map((link) => (
            <li key={link.id} className="rounded-md border border-slate-200 p-3">
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
                <dt className="font-medium">Issuer</dt>
                <dd className="break-all">{link.issuer}</dd>
                <dt className="font-medium">Subject</dt>
                <dd className="break-all" title={link.fullSubject}>
                  {link.subject}
                </dd>
                <dt className="font-medium">Linked on</dt>
                <dd>{link.linkedOn}</dd>
              </dl>
              <div className="mt-3">
                {link.refusal ? (
                  <p className="text-sm">{link.refusal}</p>
                ) : (
                  <SpecForm
                    action={removeOidcLinkAction}
                    slug={slug}
                    id={`remove-${link.id}`}
                    fields={[
                      { kind: "hidden", name: "membershipId", value: page.membershipId },
                      { kind: "hidden", name: "oidcAccountId", value: link.id },
                    ]}
                    submitLabel={`Remove the link to ${link.issuer}`}
                    pendingText="Removing…"
                    variant="secondary"
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
