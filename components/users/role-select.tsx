"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLES, type Role } from "@/lib/review/roles";

export function RoleSelect({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function change(next: string) {
    setPending(true);
    setError(null);
    const response = await fetch(`/api/users/${encodeURIComponent(userId)}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ role: next }) }).catch(() => null);
    if (!response?.ok) {
      const json = (await response?.json().catch(() => null)) as { error?: { message: string } } | null;
      setError(json?.error?.message ?? "The role was not changed.");
    }
    router.refresh();
    setPending(false);
  }
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
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
