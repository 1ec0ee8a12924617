"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { dangerButtonClass, secondaryButtonClass, smallButtonClass } from "./form-styles";
import { NoteForm } from "./note-form";
import { conflictCurrent, sendJson } from "./send-json";

interface NoteItemProps {
  outletId: string;
  note: { id: string; body: string; version: number };
  canEdit: boolean;
  /** the note as the server rendered it (SafeMarkdown and who/when) */
  children: ReactNode;
}

/** One note: shown as rendered, or its edit form; removing asks once more and keeps the history. */
export function NoteItem({ outletId, note, canEdit, children }: NoteItemProps) {
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "edit" | "confirm-remove">("view");
  const [error, setError] = useState<{ message: string; stored: string | null } | null>(null);
  const [pending, setPending] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);

  function backToView() {
    setMode("view");
    requestAnimationFrame(() => editRef.current?.focus());
  }

  async function remove() {
    setPending(true);
    setError(null);
    const result = await sendJson<{ ok: true }>(`/api/outlets/${encodeURIComponent(outletId)}/notes/${encodeURIComponent(note.id)}`, "DELETE", { expectedVersion: note.version });
    setPending(false);
    if (result.ok) {
      router.refresh();
      return;
    }
    const stored = conflictCurrent(result.error);
    setError({ message: result.error.message, stored: stored ? String(stored.body ?? "") : null });
    setMode("view");
    router.refresh();
  }

  if (mode === "edit") {
    return <NoteForm outletId={outletId} note={note} onDone={backToView} />;
  }

  return (
    <div>
      {children}
      {error ? (
        <div role="alert" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="outlet-form-error">
          <p className="font-medium">{error.message}</p>
          {error.stored !== null ? (
            <>
              <p className="mt-1.5 text-xs text-zinc-600">Stored now:</p>
              <p className="max-h-40 overflow-auto text-sm whitespace-pre-wrap text-zinc-800 [overflow-wrap:anywhere]">{error.stored}</p>
            </>
          ) : null}
        </div>
      ) : null}
      {canEdit ? (
        mode === "confirm-remove" ? (
          <div className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 px-2.5 py-2 text-sm" role="group" aria-label="Confirm removal">
            <span className="text-red-900">Remove this note? It is hidden; its history stays.</span>
            <button type="button" onClick={() => void remove()} disabled={pending} className={dangerButtonClass} autoFocus>
              {pending ? "Removing…" : "Remove the note"}
            </button>
            <button type="button" onClick={backToView} disabled={pending} className={secondaryButtonClass}>
              Keep it
            </button>
          </div>
        ) : (
          <div className="mt-2 flex gap-2">
            <button ref={editRef} type="button" onClick={() => setMode("edit")} className={smallButtonClass}>
              Edit
            </button>
            <button type="button" onClick={() => setMode("confirm-remove")} className={smallButtonClass}>
              Remove
            </button>
          </div>
        )
      ) : null}
    </div>
  );
}
