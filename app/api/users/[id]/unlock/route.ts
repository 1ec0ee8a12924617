import { apiMutation } from "@/app/api/api-route";
import { unlockSignIn } from "@/lib/review/users";

// POST /api/users/:id/unlock – end the sign-in locks on an account (admins), with a history row
export const POST = apiMutation<{ id: string }>("user.unlock", async ({ db, actor, params }) => ({
  user: await unlockSignIn(db, { userId: params.id, actor }),
}));
