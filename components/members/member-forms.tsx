import { SpecForm } from "@/components/forms/spec-form";
import { removeMemberAction, updateMemberAction } from "@/lib/members/actions";
import type { MemberPage } from "@/lib/members/view";

/** The member's role and, for leads and contributors, their areas: one save. */
export function MemberRoleForm({ slug, page }: { slug: string; page: MemberPage }) {
  const { member } = page;
  return (
    <SpecForm
      action={updateMemberAction}
      slug={slug}
      id="member"
      submitLabel="Save role and areas"
      fields={[
        { kind: "hidden", name: "membershipId", value: member.id },
        { kind: "radio", name: "role", label: "Role", options: page.roleOptions, defaultValue: member.role },
        {
          kind: "checkboxes",
          name: "areaIds",
          label: "Priority areas",
          hint: "For a priority lead or a contributor: the areas they work in. Other roles reach every area, so their areas are cleared.",
          options: page.areaOptions,
          defaultValue: member.areaIds.join(","),
        },
      ]}
    />
  );
}

/** Remove the member: what they hold goes to one successor, chosen here, or is left unassigned. */
export function RemoveMemberForm({ slug, page }: { slug: string; page: MemberPage }) {
  const holds = page.held.length > 0;
  return (
    <SpecForm
      action={removeMemberAction}
      slug={slug}
      id="remove"
      variant="secondary"
      submitLabel={`Remove ${page.member.name}`}
      pendingText="Removing…"
      fields={[
        { kind: "hidden", name: "membershipId", value: page.member.id },
        ...(holds
          ? [
              {
                kind: "select" as const,
                name: "successorMembershipId",
                label: "Hand what they hold to",
                hint: "One member takes on everything listed above (areas only if they are a lead or contributor). Leave it as it is to leave it unassigned: pages then say “no lead”.",
                options: page.successorOptions,
                placeholder: "Nobody: leave it unassigned",
              },
            ]
          : []),
      ]}
    />
  );
}
