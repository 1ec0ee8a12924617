"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ROLES, type Role } from "@/lib/review/roles";

const field = "h-9 w-full rounded-md border border-zinc-300 bg-white px-2.5 text-sm shadow-xs focus:border-accent";

export function CreateUserForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setError(null);
    setCreated(null);
    const response = await fetch("/api/users", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: form.get("email"), name: form.get("name") || undefined, role: form.get("role"), password: form.get("password") }),
    }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { user?: { email: string; role: Role }; error?: { message: string } } | null;
    if (response?.ok && json?.user) {
      setCreated(`Created ${json.user.role} ${json.user.email}. Give them their password through a private channel.`);
      formElement.reset();
      router.refresh();
    } else {
      setError(json?.error?.message ?? "The account was not created.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-2" data-testid="create-user-form">
      <div className="space-y-1">
        <label htmlFor="new-email" className="block text-sm font-medium">
          Email
        </label>
        <input id="new-email" name="email" type="email" required autoComplete="off" className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-name" className="block text-sm font-medium">
          Name
        </label>
        <input id="new-name" name="name" type="text" autoComplete="off" className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="new-role" name="role" defaultValue="reviewer" className={field}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="new-password" className="block text-sm font-medium">
          Initial password (12+ characters, hard to guess)
        </label>
        <input id="new-password" name="password" type="password" required minLength={12} autoComplete="new-password" className={field} />
      </div>
      <div className="flex items-center gap-3 md:col-span-2">
        <button type="submit" disabled={pending} className="h-9 rounded-md border border-accent bg-accent px-4 text-sm font-medium text-white hover:bg-accent-strong disabled:opacity-60">
          {pending ? "Creating…" : "Create account"}
        </button>
        {created ? (
          <span role="status" className="text-sm text-emerald-700">
            {created}
          </span>
        ) : null}
        {error ? (
          <span role="alert" className="text-sm text-red-700">
            {error}
          </span>
        ) : null}
      </div>
    </form>
  );
}
