"use client";

import { InlineError } from "@/components/ui/form-error";
import { useApiRequest } from "@/components/ui/use-api-request";
import { ROLES, type Role } from "@/lib/review/roles";

export function RoleSelect({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const { pending, error, send } = useApiRequest("The role was not changed.");
  const change = (next: string) => send(`/api/users/${encodeURIComponent(userId)}`, "PATCH", { role: next });
  return (
    <span className="inline-flex items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select id={`role-${userId}`} defaultValue={role} disabled={pending} onChange={(event) => void change(event.target.value)} className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm">
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <InlineError message={error} />
    </span>
  );
}
