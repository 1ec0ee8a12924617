import Link from "next/link";
import type { Actor } from "@/lib/review/authorize";
import { can } from "@/lib/review/roles";
import { SignOutButton } from "./auth/sign-out-button";
import { NavLink } from "./nav-link";

// Links a role cannot use are left out; the server refuses them anyway (lib/review/mutations.ts).
export function SiteHeader({ actor }: { actor: Actor | null }) {
  return (
    <header className="border-b border-zinc-200 bg-zinc-50/80">
      <div className="mx-auto flex h-14 w-full max-w-[1440px] items-center gap-8 px-6">
        <Link href="/articles" className="flex items-baseline gap-2 text-zinc-900 no-underline hover:text-zinc-900">
          <span className="text-[1.05rem] font-semibold tracking-tight">Parallax</span>
          <span className="hidden text-xs text-zinc-500 lg:inline">compare how outlets report the same event</span>
        </Link>
        {actor ? (
          <>
            <nav aria-label="Main" className="flex h-full items-stretch gap-1 text-sm">
              <NavLink href="/articles">Library</NavLink>
              <NavLink href="/events">Events</NavLink>
              <NavLink href="/outlets">Outlets</NavLink>
              {can(actor.role, "article:import") ? <NavLink href="/import">Import</NavLink> : null}
              {can(actor.role, "user:create") ? <NavLink href="/admin/users">Users</NavLink> : null}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              <span className="text-zinc-700" data-testid="signed-in-as">
                {actor.name} <span className="rounded bg-zinc-200 px-1.5 py-0.5 text-xs text-zinc-700">{actor.role}</span>
              </span>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
