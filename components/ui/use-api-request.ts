"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * One small write through an API route from a button or a select: pending while it runs, the
 * server's own message when it is refused (`{ error: { message } }`, app/api/api-route.ts), and the
 * page read again afterwards so it shows what is stored now — refused or not.
 */
export function useApiRequest(failure: string) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function send(url: string, method: "POST" | "PATCH", body: unknown = {}): Promise<boolean> {
    setPending(true);
    setError(null);
    const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
    if (!response?.ok) {
      const json = (await response?.json().catch(() => null)) as { error?: { message: string } } | null;
      setError(json?.error?.message ?? failure);
    }
    router.refresh();
    setPending(false);
    return response?.ok ?? false;
  }
  return { pending, error, send };
}
