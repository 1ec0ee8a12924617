import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireActor } from "@/app/current-user";
import { CreateUserForm } from "@/components/users/create-user-form";
import { RoleSelect } from "@/components/users/role-select";
import { UnlockButton } from "@/components/users/unlock-button";
import { getDb } from "@/lib/db/client";
import { can, ROLE_DESCRIPTIONS, ROLES } from "@/lib/review/roles";
import { lockedEmails } from "@/lib/review/sign-in-limit";
import { listUsers } from "@/lib/review/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor("/admin/users");
  if (!can(actor.role, "user:list")) forbidden();
  const db = await getDb();
  const [users, locked] = await Promise.all([listUsers(db), lockedEmails(db)]);
  return (
    <div className="max-w-4xl space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <dl className="mt-3 grid gap-1 text-sm text-zinc-600">
          {ROLES.map((role) => (
            <div key={role} className="flex gap-2">
              <dt className="w-20 font-medium text-zinc-800">{role}</dt>
              <dd>{ROLE_DESCRIPTIONS[role]}</dd>
            </div>
          ))}
        </dl>
      </header>
      <section aria-labelledby="accounts">
        <h2 id="accounts" className="mb-2 text-sm font-semibold tracking-wide text-zinc-500 uppercase">
          Accounts ({users.length})
        </h2>
        <table className="w-full border-collapse text-sm" data-testid="users-table">
          <thead>
            <tr className="border-b border-zinc-200 text-left text-xs text-zinc-500 uppercase">
              <th className="py-2 pr-3 font-medium">Email</th>
              <th className="py-2 pr-3 font-medium">Name</th>
              <th className="py-2 pr-3 font-medium">Role</th>
              <th className="py-2 pr-3 font-medium">Sign-in</th>
              <th className="py-2 font-medium">Since</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-zinc-100">
                <td className="py-2 pr-3">{user.email}</td>
                <td className="py-2 pr-3">{user.name}</td>
                <td className="py-2 pr-3">{user.id === actor.id ? <span title="You cannot change your own role">{user.role} (you)</span> : <RoleSelect userId={user.id} email={user.email} role={user.role} />}</td>
                <td className="py-2 pr-3">{locked.has(user.email) ? <UnlockButton userId={user.id} email={user.email} /> : <span className="text-zinc-500">open</span>}</td>
                <td className="py-2 text-zinc-600">{user.createdAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-account" className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-4">
        <h2 id="new-account" className="mb-3 text-base font-semibold">
          New account
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
