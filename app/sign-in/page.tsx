import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentActor } from "@/app/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getDb } from "@/lib/db/client";
import { countAdmins } from "@/lib/review/users";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; created?: string }> }) {
  const { next, created } = await searchParams;
  const returnTo = safeReturnPath(next);
  if (await currentActor()) redirect(returnTo);
  const noAdmin = (await countAdmins(await getDb())) === 0;
  return (
    <div className="mx-auto mt-12 max-w-sm">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Parallax</h1>
      <p className="mt-2 text-sm text-zinc-600">Accounts are made by an admin; there is no self sign-up.</p>
      {created ? (
        <p role="status" className="mt-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
          The admin account was created. Sign in with it.
        </p>
      ) : null}
      <div className="mt-6 rounded-lg border border-zinc-200 bg-white p-6 shadow-xs">
        <SignInForm returnTo={returnTo} />
      </div>
      {noAdmin ? (
        <p className="mt-4 text-sm text-zinc-600">
          This install has no admin yet: its operator creates one on the server with <code>npm run parallax -- users first-admin</code>, or on the{" "}
          <Link href="/setup">first-run page</Link> with the setup token printed on the server&rsquo;s console.
        </p>
      ) : null}
    </div>
  );
}
