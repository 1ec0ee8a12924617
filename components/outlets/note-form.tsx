"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ConflictPanel } from "./conflict-panel";
import { fieldClass, labelClass, primaryButtonClass, secondaryButtonClass } from "./form-styles";
import { conflictCurrent, sendJson } from "./send-json";
import { FormError } from "@/components/ui/form-error";
import { useSaveShortcut } from "@/components/ui/use-save-shortcut";

interface NoteFormProps {
  outletId: string;
  /** null for a new note */
  note: { id: string; body: string; version: number } | null;
  /** after a save (with its version) or a cancel (null); a new-note form stays open and is emptied */
  onDone?: (savedVersion: number | null) => void;
}

interface Conflict {
  message: string;
  theirs: { body: string; version: number } | null;
}

/** Writes a new note or a new version of one; a stale save shows the stored text beside the typed one. */
export function NoteForm({ outletId, note, onDone }: NoteFormProps) {
  const router = useRouter();
  const id = useId();
  const { formRef, onKeyDown } = useSaveShortcut();
  const [baseVersion, setBaseVersion] = useState<number | null>(note?.version ?? null);
  const [body, setBody] = useState(note?.body ?? "");
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function save(expectedVersion: number | null) {
    setPending(true);
    setError(null);
    setSaved(null);
    const result = await sendJson<{ id: string; version: number }>(`/api/outlets/${encodeURIComponent(outletId)}/notes`, "POST", {
      noteId: note?.id ?? null,
      body,
      expectedVersion: note ? expectedVersion : null,
    });
    setPending(false);
    if (result.ok) {
      setConflict(null);
      router.refresh();
      if (!note) {
        setBody("");
        setSaved("Note added.");
      }
      onDone?.(result.data.version);
      return;
    }
    if (result.error.code === "VERSION_CONFLICT") {
      const stored = conflictCurrent(result.error);
      setConflict({ message: result.error.message, theirs: stored ? { body: String(stored.body ?? ""), version: Number(stored.version) } : null });
      router.refresh();
      return;
    }
    setError(result.error.message);
  }


  return (
    <form
      ref={formRef}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save(baseVersion);
      }}
      onKeyDown={onKeyDown}
      aria-label={note ? "Edit the note" : "Add a note"}
      className="space-y-2"
      data-testid={note ? "note-edit-form" : "note-new-form"}
    >
      <label htmlFor={`${id}-body`} className={labelClass}>
        {note ? "Note" : "New note"} <span className="font-normal text-zinc-500">(Markdown; HTML is shown as text)</span>
      </label>
      <textarea
        id={`${id}-body`}
        rows={note ? 5 : 3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        maxLength={20_000}
        autoFocus={Boolean(note)}
        placeholder={note ? undefined : "What a reader of this outlet should know: a pattern, a correction, a conflict of interest…"}
        className={`${fieldClass} font-mono text-[0.8125rem]`}
        required
      />
      <FormError message={error} testId="outlet-form-error" />
      {conflict ? (
        <ConflictPanel
          message={conflict.message}
          theirsVersion={conflict.theirs?.version ?? null}
          pending={pending}
          fields={[{ label: "Note", theirs: conflict.theirs?.body ?? "", yours: body }]}
          onKeepMine={() => conflict.theirs && void save(conflict.theirs.version)}
          onTakeTheirs={() => {
            if (!conflict.theirs) return;
            setBaseVersion(conflict.theirs.version);
            setBody(conflict.theirs.body);
            setConflict(null);
          }}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Saving…" : note ? "Save the note" : "Add the note"}
        </button>
        {note ? (
          <button type="button" onClick={() => onDone?.(null)} disabled={pending} className={secondaryButtonClass}>
            Cancel
          </button>
        ) : null}
        <span className="text-xs text-zinc-500">Ctrl+Enter saves</span>
        {saved ? (
          <span role="status" className="text-xs text-emerald-700">
            {saved}
          </span>
        ) : null}
      </div>
    </form>
  );
}
