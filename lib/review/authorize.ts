// Every mutation, from a server action, a route or a test, asks here who is calling and whether
// their role allows it. The session comes from the request's own cookie through better-auth, so a
// hidden button or a forged form changes nothing: the answer is 401 without a session, 403 without
// the right.

import type { Db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { getAuth } from "./auth.ts";
export { assertSameOrigin } from "./same-origin.ts";
import { can, isRole, type Permission, type Role } from "./roles.ts";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The signed-in user of a request, or null. A banned user or an unknown role is nobody. */
export async function getActor(db: Db, headers: Headers): Promise<Actor | null> {
  const session = await getAuth(db).api.getSession({ headers });
  const user = session?.user as { id: string; name: string; email: string; role?: string | null; banned?: boolean | null } | undefined;
  if (!user || user.banned) return null;
  return { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "viewer" };
}

export function assertPermission(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to do this.");
  if (!can(actor.role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) does not allow this; ask an admin for the reviewer role.`);
  }
  return actor;
}

export async function requirePermission(db: Db, headers: Headers, permission: Permission): Promise<Actor> {
  return assertPermission(await getActor(db, headers), permission);
}
