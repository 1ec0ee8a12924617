// The outlet forms write only through the API routes: one JSON request, one answer that is
// either the result or `{ error: { code, message, details? } }` (app/api/api-route.ts).

export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError };

export async function sendJson<T>(url: string, method: "POST" | "PATCH" | "DELETE", body: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, error: { code: "NETWORK", message: "The server could not be reached; nothing was saved. Your text is still here." } };
  }
  const json = (await response.json().catch(() => null)) as { error?: ApiError } | null;
  if (response.ok && json && !json.error) return { ok: true, data: json as T };
  return {
    ok: false,
    status: response.status,
    error: json?.error ?? { code: "INTERNAL", message: `Nothing was saved: the server answered ${response.status}.` },
  };
}

/** The stored record a 409 VERSION_CONFLICT carries in `details.current`, when it does. */
export function conflictCurrent(error: ApiError): Record<string, unknown> | null {
  if (error.code !== "VERSION_CONFLICT") return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  return typeof current === "object" && current !== null && !Array.isArray(current) ? (current as Record<string, unknown>) : null;
}
