import "server-only";
// The partnership's members as a table, for the whole-partnership download
// (lib/partnership-archive): who belongs, in which role, leading which
// areas. For the programme office, as the members page is; nothing of how
// anyone signs in beyond whether they have.
import type { MemberContext } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { mayManageMembers } from "./access";
import { listMembers, type MemberRow } from "./queries";

export async function membersTable(member: MemberContext, _params: URLSearchParams, today: Date): Promise<Register<MemberRow> | null> {
  if (!mayManageMembers(member.scope)) return null;
  const rows = await listMembers(member.partnershipId);
  const areas = (row: MemberRow) => [...row.areas].sort((a, b) => a.priorityArea.position - b.priorityArea.position).map((a) => a.priorityArea);
  return {
    title: `Members — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-members-${toIsoDate(today)}`,
    filters: [],
    asAt: today,
    rows,
    columns: [
      { header: "Name", value: (r) => r.user.name, width: 30 },
      { header: "Job title", value: (r) => r.jobTitle, width: 30 },
      { header: "Email", value: (r) => r.user.email, width: 36 },
      { header: "Role", value: (r) => ROLE_LABELS[r.role], width: 30 },
      {
        header: "Priority areas led",
        value: (r) =>
          areas(r)
            .map((a) => `${a.code} — ${a.title}`)
            .join("\n"),
        width: 50,
      },
      { header: "Member since", value: (r) => r.createdAt, width: 16 },
      { header: "Last signed in", value: (r) => r.user.lastSignInAt, width: 16 },
    ],
  };
}
