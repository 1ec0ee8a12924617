"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/ui/form-error";

const inputClass = "h-10 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm shadow-xs focus:border-accent";

/**
 * Posts to better-auth's own endpoint (never a server action), so its rate limit and Origin
 * check apply (ADR 011). The session cookie is set by the response; then the page moves on.
 */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
      });
      if (response.ok) {
        router.replace(returnTo);
        router.refresh();
        return;
      }
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setError(
        response.status === 401
          ? "That email and password do not match an account."
          : response.status === 429
            ? (body?.message ?? "Too many attempts. Wait a minute and try again.")
            : (body?.message ?? `Sign-in failed (${response.status}).`),
      );
    } catch {
      setError("The server could not be reached. Check that Parallax is running.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="space-y-1.5">
        <label htmlFor="email" className="block text-sm font-medium text-zinc-800">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus className={inputClass} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="password" className="block text-sm font-medium text-zinc-800">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <FormError message={error} />
      <button
        type="submit"
        disabled={pending}
        className="h-10 w-full rounded-md border border-accent bg-accent text-sm font-medium text-white shadow-sm hover:bg-accent-strong disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
