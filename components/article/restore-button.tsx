"use client";

import { useActionState } from "react";

export interface RestoreState {
  error: string | null;
}

interface RestoreButtonProps {
  articleId: string;
  pieceId: string;
  action: (previous: RestoreState, formData: FormData) => Promise<RestoreState>;
}

export function RestoreButton({ articleId, pieceId, action }: RestoreButtonProps) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  return (
    <form action={formAction} className="flex shrink-0 flex-col items-end gap-1">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="pieceId" value={pieceId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-xs font-medium text-zinc-800 shadow-xs hover:border-accent hover:text-accent disabled:cursor-wait disabled:opacity-60"
      >
        {pending ? "Restoring…" : "Restore"}
      </button>
      {state.error && (
        <p role="alert" className="max-w-56 text-right text-xs text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
