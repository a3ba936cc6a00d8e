import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { MembersPage } from "@/lib/members/view";

/** The partnership's members: role, areas, last sign-in and how they sign in, each linking to their page. */
export function MembersTable({ members }: { members: MembersPage["members"] }) {
  return (
    <ScrollRegion labelledBy="members-heading">
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption className="sr-only">Members of the partnership</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-900">
            <th scope="col" className="py-2 pr-3">
              Name
            </th>
            <th scope="col" className="py-2 pr-3">
              Role
            </th>
            <th scope="col" className="py-2 pr-3">
              Areas
            </th>
            <th scope="col" className="py-2 pr-3">
              Last signed in
            </th>
            <th scope="col" className="py-2">
              Signs in with
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link prefetch={false} href={member.href} className="font-medium text-blue-800 underline">
                  {member.name}
                </Link>
                {member.isYou ? <span className="text-slate-700"> (you)</span> : null}
                {member.jobTitle ? <span className="block text-slate-700">{member.jobTitle}</span> : null}
                <span className="block break-all text-slate-700">{member.email}</span>
                <Link prefetch={false} href={member.digestHref} className="block text-blue-800 underline">
                  Preview next digest<span className="sr-only"> for {member.name}</span>
                </Link>
              </th>
              <td className="py-2 pr-3">{member.roleLabel}</td>
              <td className="py-2 pr-3">{member.areas.join(", ") || "—"}</td>
              <td className="py-2 pr-3">{member.lastSignIn}</td>
              <td className="py-2">
                <Link prefetch={false} href={member.signInHref} className="text-blue-800 underline">
                  {member.signIn.join(", ") || "Not set up yet"}
                  <span className="sr-only"> — how {member.name} signs in</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
