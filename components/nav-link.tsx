"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A header link that shows, and tells screen readers, which section is open. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`flex items-center border-b-2 px-3 no-underline ${
        current ? "border-accent font-medium text-zinc-900 hover:text-zinc-900" : "border-transparent text-zinc-600 hover:text-zinc-900"
      }`}
    >
      {children}
    </Link>
  );
}
