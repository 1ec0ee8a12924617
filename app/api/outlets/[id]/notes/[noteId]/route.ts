import { z } from "zod";
import { apiMutation, readJson } from "@/app/api/api-route";
import { removeOutletNote } from "@/lib/review/outlet-review";

const ZRemove = z.object({ expectedVersion: z.number().int().positive() });

// DELETE /api/outlets/:id/notes/:noteId – hide a note (its history stays)
export const DELETE = apiMutation<{ id: string; noteId: string }>("outlet.note-remove", async ({ db, actor, request, params }) => {
  const { expectedVersion } = ZRemove.parse(await readJson(request));
  await removeOutletNote(db, { outletId: params.id, noteId: params.noteId, expectedVersion, actor });
  return { ok: true };
});
