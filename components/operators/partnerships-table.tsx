import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AdminPartnershipLine } from "@/lib/operators/view";

/** Every partnership, for operators: what it is, how busy, archived or not (in words). Never its data. */
export function PartnershipsTable({ partnerships, confirmHref }: { partnerships: AdminPartnershipLine[]; confirmHref: (slug: string) => string }) {
  return (
    <ScrollRegion labelledBy="partnerships-caption" className="mt-2">
      <table className="w-full text-sm">
        <caption id="partnerships-caption" className="sr-only">
          Every partnership, by name
        </caption>
        <thead>
          <tr className="border-b border-slate-400 text-left">
            {["Partnership", "Address", "Local authority", "ICB", "Members", "Last activity", "State", "Change"].map((heading) => (
              <th key={heading} scope="col" className="py-1 pr-3 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {partnerships.map((p) => (
            <tr key={p.id} className="border-b border-slate-200 align-top" data-testid="partnership-row">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {p.name}
              </th>
              <td className="py-2 pr-3 font-mono">{p.slug}</td>
              <td className="py-2 pr-3">{p.localAuthority}</td>
              <td className="py-2 pr-3">{p.icb}</td>
              <td className="py-2 pr-3">{p.members}</td>
              <td className="py-2 pr-3">{p.lastActivityText}</td>
              <td className="py-2 pr-3">{p.state === "Archived" ? <strong>Archived</strong> : "Active"}</td>
              <td className="py-2 pr-3">
                <Link prefetch={false} href={confirmHref(p.slug)} className="text-blue-800 underline underline-offset-2">
                  {p.state === "Archived" ? "Restore" : "Archive"}
                  <span className="sr-only"> {p.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
