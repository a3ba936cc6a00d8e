"use client";

import { usePathname } from "next/navigation";
import { IntentPrefetchLink } from "./intent-prefetch-link";

/** A place in the navigation; `exact` where it is current only at its own address (the dashboard, whose address starts every other). */
export type NavItem = { href: string; label: string; exact?: boolean };

/** `at`: the address the page stands for, where it is not the router's (a kept copy is rendered at its renderer's address). */
export function MainNav({ items, at }: { items: readonly NavItem[]; at?: string }) {
  const routerPath = usePathname();
  const pathname = at ?? routerPath;
  // The longest matching item is current, so /plan/manage is not also "Plan", nor everything "Dashboard".
  const matches = (item: NavItem) => pathname === item.href || (!item.exact && pathname.startsWith(`${item.href}/`));
  const current = items.filter(matches).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label="Main" className="mx-auto max-w-7xl px-4 sm:px-6">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <IntentPrefetchLink
              href={item.href}
              aria-current={current?.href === item.href ? "page" : undefined}
              className={`inline-block border-b-4 px-2 py-1.5 font-medium sm:px-3 sm:py-2 ${current?.href === item.href ? "border-blue-800 text-slate-900" : "border-transparent text-slate-700 hover:text-slate-900"}`}
            >
              {item.label}
            </IntentPrefetchLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
