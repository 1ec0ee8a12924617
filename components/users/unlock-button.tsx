"use client";

import { InlineError } from "@/components/ui/form-error";
import { useApiRequest } from "@/components/ui/use-api-request";

/** Ends the sign-in locks of an account that too many failed sign-ins locked (an admin's button). */
export function UnlockButton({ userId, email }: { userId: string; email: string }) {
  const { pending, error, send } = useApiRequest("The account was not unlocked.");
  const unlock = () => send(`/api/users/${encodeURIComponent(userId)}/unlock`, "POST");
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
      <InlineError message={error} />
    </span>
  );
}
