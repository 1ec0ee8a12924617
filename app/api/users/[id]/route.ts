import { z } from "zod";
import { apiMutation, readJson } from "@/app/api/api-route";
import { ROLES } from "@/lib/review/roles";
import { setUserRole } from "@/lib/review/users";

const ZRole = z.object({ role: z.enum(ROLES, { message: `The role must be one of ${ROLES.join(", ")}.` }) });

// PATCH /api/users/:id – change a user's role (admins); the last admin stays an admin
export const PATCH = apiMutation<{ id: string }>("user.set-role", async ({ db, actor, request, params }) => {
  const { role } = ZRole.parse(await readJson(request));
  return { user: await setUserRole(db, { userId: params.id, role, actor }) };
});
