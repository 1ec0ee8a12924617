"use client";

import { InlineError } from "@/components/ui/form-error";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Brings an old version back as a new version on top of the current one. */
export function RestoreButton({ verdictId, revisionVersion, currentVersion }: { verdictId: string; revisionVersion: number; currentVersion: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function restore() {
    setPending(true);
    setError(null);
    const response = await fetch(`/api/verdicts/${encodeURIComponent(verdictId)}/restore`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ revisionVersion, expectedVersion: currentVersion }),
    }).catch(() => null);
    if (response?.ok) {
      router.refresh();
    } else {
      const json = (await response?.json().catch(() => null)) as { error?: { message: string } } | null;
      setError(json?.error?.message ?? "The version was not restored.");
    }
    setPending(false);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={restore} disabled={pending} className="h-7 rounded-md border border-zinc-300 bg-white px-2.5 text-xs hover:border-accent hover:text-accent disabled:opacity-60">
        {pending ? "Restoring…" : `Restore version ${revisionVersion}`}
      </button>
      <InlineError message={error} />
    </span>
  );
}
