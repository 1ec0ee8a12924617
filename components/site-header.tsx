import Link from "next/link";
import { NavLink } from "./nav-link";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-zinc-50/80">
      <div className="mx-auto flex h-14 w-full max-w-[1440px] items-center gap-8 px-6">
        <Link href="/articles" className="flex items-baseline gap-2 text-zinc-900 no-underline hover:text-zinc-900">
          <span className="text-[1.05rem] font-semibold tracking-tight">Parallax</span>
          <span className="hidden text-xs text-zinc-500 md:inline">compare how outlets report the same event</span>
        </Link>
        <nav aria-label="Main" className="flex h-full items-stretch gap-1 text-sm">
          <NavLink href="/articles">Library</NavLink>
          <NavLink href="/events">Events</NavLink>
          <NavLink href="/import">Import</NavLink>
        </nav>
      </div>
    </header>
  );
}
