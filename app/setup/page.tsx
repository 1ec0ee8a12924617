import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FirstAdminForm } from "@/components/auth/first-admin-form";
import { getDb } from "@/lib/db/client";
import { countAdmins } from "@/lib/review/users";
import { createFirstAdminAction } from "./actions";

export const metadata: Metadata = { title: "First run" };

// The first-run page exists only until an admin does.
export default async function SetupPage() {
  if ((await countAdmins(await getDb())) > 0) notFound();
  return (
    <div className="mx-auto mt-12 max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Create the first admin</h1>
      <p className="mt-2 text-sm text-zinc-600">
        This install has no admin yet. The admin creates the reviewers&rsquo; and viewers&rsquo; accounts. This page disappears once an admin exists.
      </p>
      <p className="mt-2 text-sm text-zinc-600">
        Only the server&rsquo;s operator can do this: the setup token was printed on the server&rsquo;s console when it started. On the server itself,{" "}
        <code>npm run parallax -- users first-admin</code> does the same without a browser.
      </p>
      <div className="mt-6 rounded-lg border border-zinc-200 bg-white p-6 shadow-xs">
        <FirstAdminForm action={createFirstAdminAction} />
      </div>
    </div>
  );
}
