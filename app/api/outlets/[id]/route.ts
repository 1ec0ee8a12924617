import { apiMutation, readJson } from "@/app/api/api-route";
import { updateOutletProfile } from "@/lib/review/outlet-review";

// PATCH /api/outlets/:id – edit the outlet profile (admins): name, country, owner, aliases, domains
export const PATCH = apiMutation<{ id: string }>("outlet.profile", async ({ db, actor, request, params }) => {
  const body = (await readJson(request)) as Record<string, unknown>;
  return updateOutletProfile(db, { ...body, outletId: params.id } as Parameters<typeof updateOutletProfile>[1], actor);
});
