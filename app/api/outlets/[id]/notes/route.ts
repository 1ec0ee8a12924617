import { apiMutation, readJson } from "@/app/api/api-route";
import { saveOutletNote } from "@/lib/review/outlet-review";

// POST /api/outlets/:id/notes – add a reliability note (noteId null) or save a new version of one
export const POST = apiMutation<{ id: string }>("outlet.note", async ({ db, actor, request, params }) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  return saveOutletNote(db, { ...body, outletId: params.id } as Parameters<typeof saveOutletNote>[1], actor);
});
