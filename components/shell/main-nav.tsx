"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [{ href: "plan", label: "Plan" }] as const;

export function MainNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="mx-auto max-w-7xl px-4 sm:px-6">
      <ul className="flex gap-1">
        {ITEMS.map((item) => {
          const href = `/p/${slug}/${item.href}`;
          const current = pathname === href || pathname.startsWith(`${href}/`);
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
