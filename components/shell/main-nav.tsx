"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

export function MainNav({ slug, items }: { slug: string; items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="mx-auto max-w-7xl px-4 sm:px-6">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const path = (h: string) => (h ? `/p/${slug}/${h}` : `/p/${slug}`);
          const href = path(item.href);
          // The longest matching item is current, so /plan/manage is not also "Plan", nor everything "Dashboard".
          const matches = (h: string) => pathname === path(h) || (h !== "" && pathname.startsWith(`${path(h)}/`));
          const best = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0];
          const current = best?.href === item.href;
          return (
            <li key={item.href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-4 px-3 py-2 font-medium ${current ? "border-blue-800 text-slate-900" : "border-transparent text-slate-700 hover:text-slate-900"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
