import { SafeMarkdown } from "@/components/ui/safe-markdown";
import type { OutletNoteRecord } from "@/lib/review/outlet-queries";
import { formatWhen } from "./format-when";
import { NoteForm } from "./note-form";
import { NoteItem } from "./note-item";

/** The live notes, newest first, and the form for a new one when the role may write notes. */
export function OutletNotes({ outletId, notes, canNote }: { outletId: string; notes: OutletNoteRecord[]; canNote: boolean }) {
  return (
    <div className="space-y-4">
      {notes.length === 0 ? (
        <p className="text-sm text-zinc-500">No note yet.</p>
      ) : (
        <ul className="space-y-3">
          {notes.map((note) => (
            <li key={note.id} id={`note-${note.id}`} className="scroll-mt-6 rounded-lg border border-zinc-200 px-4 py-3" data-testid="outlet-note">
              <NoteItem outletId={outletId} note={{ id: note.id, body: note.body, version: note.version }} canEdit={canNote}>
                <SafeMarkdown className="text-zinc-800">{note.body}</SafeMarkdown>
                <p className="mt-1 text-xs text-zinc-500">
                  {note.createdBy.name} · <time dateTime={note.createdAt}>{formatWhen(note.createdAt)}</time>
                  {note.version > 1 ? (
                    <>
                      {" "}
                      · edited by {note.updatedBy.name}, <time dateTime={note.updatedAt}>{formatWhen(note.updatedAt)}</time> (version {note.version})
                    </>
                  ) : null}
                </p>
              </NoteItem>
            </li>
          ))}
        </ul>
      )}
      {canNote ? (
        <div className="rounded-lg border border-dashed border-zinc-300 px-4 py-3">
          <NoteForm outletId={outletId} note={null} />
        </div>
      ) : null}
    </div>
  );
}
