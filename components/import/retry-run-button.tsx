"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/ui/form-error";

type RetryAction = (runId: string) => Promise<{ ok: true } | { ok: false; message: string }>;

export function RetryRunButton({ runId, action }: { runId: string; action: RetryAction }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action(runId);
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(result.message);
          })
        }
        className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 shadow-xs hover:bg-zinc-50 disabled:opacity-60"
      >
        {pending ? "Queuing…" : "Retry the failed part"}
      </button>
      <FormError message={error} />
    </div>
  );
}
