"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Ends the sign-in locks of an account that too many failed sign-ins locked (an admin's button). */
export function UnlockButton({ userId, email }: { userId: string; email: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function unlock() {
    setPending(true);
    setError(null);
    const response = await fetch(`/api/users/${encodeURIComponent(userId)}/unlock`, { method: "POST" }).catch(() => null);
    if (!response?.ok) {
      const json = (await response?.json().catch(() => null)) as { error?: { message: string } } | null;
      setError(json?.error?.message ?? "The account was not unlocked.");
    }
    router.refresh();
    setPending(false);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <span className="text-xs font-medium text-amber-800">Locked</span>
      <button
        type="button"
        onClick={() => void unlock()}
        disabled={pending}
        aria-label={`Unlock sign-in for ${email}`}
        className="h-7 rounded-md border border-zinc-300 bg-white px-2 text-xs font-medium hover:bg-zinc-50 disabled:opacity-60"
      >
        {pending ? "Unlocking…" : "Unlock"}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
