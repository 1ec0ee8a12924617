import { apiMutation, readJson } from "@/app/api/api-route";
import { saveOutletGrade } from "@/lib/review/outlet-review";

// POST /api/outlets/:id/grades – grade the outlet on one criterion, with the reason
export const POST = apiMutation<{ id: string }>("outlet.grade", async ({ db, actor, request, params }) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  return saveOutletGrade(db, { ...body, outletId: params.id } as Parameters<typeof saveOutletGrade>[1], actor);
});
