// The first-run page's one job: make the first admin of a fresh install. It needs no session
// (there is nobody to sign in as), so it must refuse as soon as any admin exists; afterwards the
// page is gone and accounts come only from an admin.

import type { Db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { countAdmins, createUser, type UserSummary } from "./users.ts";

export async function createFirstAdmin(db: Db, input: { email: string; name?: string; password: string }): Promise<UserSummary> {
  if ((await countAdmins(db)) > 0) throw new AppError("FORBIDDEN", "An admin already exists: ask them for an account.");
  const admin = await createUser(db, { ...input, role: "admin" }, null);
  // two first-run forms sent at the same moment: the later one gives its account up
  const first = await db.user.findFirst({ where: { role: "admin" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  if (first && first.id !== admin.id) {
    await db.user.delete({ where: { id: admin.id } });
    throw new AppError("FORBIDDEN", "An admin was created a moment ago from another browser: ask them for an account.");
  }
  return admin;
}
