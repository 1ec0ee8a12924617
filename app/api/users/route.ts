import { apiMutation, readJson } from "@/app/api/api-route";
import { createUser, type TNewUser } from "@/lib/review/users";

// POST /api/users – create an account (admins): email, name, role, initial password
export const POST = apiMutation("user.create", async ({ db, actor, request }) => ({
  user: await createUser(db, (await readJson(request)) as TNewUser, actor),
}));
