// The first admin of an install. `npm run setup` makes it (provisionFirstAdmin: admin@parallax.local,
// a random password printed once). An install made otherwise may use the /setup page, which needs
// no session (there is nobody to sign in as) and so must not be open to whoever reaches the port
// first: it asks for a setup token that only the operator sees, printed on the server's console
// at start while no admin exists (instrumentation.ts), and it refuses for good once any admin exists.
//
// The token is derived, not stored: HMAC-SHA256 of a fixed label under the install's auth secret
// (BETTER_AUTH_SECRET or data/.auth-secret, readable by the operator only). Every app instance and
// the CLI compute the same token with no table and no file to clean up; it cannot be guessed without
// the secret, and it opens nothing once an admin exists, so that it does not change is harmless.

import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { getAuth } from "./auth.ts";
import { countAdmins, createUser, listUsers, type UserSummary } from "./users.ts";

// no name given: createUser calls it "admin", or by its email if a user already has that name
export const FIRST_ADMIN = { email: "admin@parallax.local" } as const;

const TOKEN_LABEL = "parallax first-admin setup token v1";

export async function firstAdminSetupToken(db: Db): Promise<string> {
  const { secret } = await getAuth(db).$context;
  return createHmac("sha256", secret).update(TOKEN_LABEL).digest("base64url").slice(0, 32);
}

async function isSetupToken(db: Db, candidate: unknown): Promise<boolean> {
  if (typeof candidate !== "string" || !candidate.trim()) return false;
  // digests of both, so the comparison takes the same time whatever the candidate's length
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(candidate.trim()), digest(await firstAdminSetupToken(db)));
}

export async function createFirstAdmin(db: Db, input: { email: string; name?: string; password: string; setupToken: string }): Promise<UserSummary> {
  if ((await countAdmins(db)) > 0) throw new AppError("FORBIDDEN", "An admin already exists: ask them for an account.");
  if (!(await isSetupToken(db, input.setupToken))) {
    throw new AppError("FORBIDDEN", "Wrong setup token: copy it from the server's console, where it was printed when the server started.");
  }
  const admin = await createUser(db, { email: input.email, name: input.name, password: input.password, role: "admin" }, null);
  // two first-run forms sent at the same moment: the later one gives its account up
  const first = await db.user.findFirst({ where: { role: "admin" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  if (first && first.id !== admin.id) {
    await db.user.delete({ where: { id: admin.id } });
    throw new AppError("FORBIDDEN", "An admin was created a moment ago from another browser: ask them for an account.");
  }
  return admin;
}

export type ProvisionedAdmin = { created: true; user: UserSummary; password: string } | { created: false; admin: UserSummary };

/**
 * `parallax users first-admin` (run by `npm run setup`): admin@parallax.local with a random
 * password, printed once and stored only hashed. An install that has an admin is left alone.
 */
export async function provisionFirstAdmin(db: Db): Promise<ProvisionedAdmin> {
  const existing = await db.user.findFirst({
    where: { role: "admin", banned: { not: true } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (existing) {
    const admin = (await listUsers(db)).find((user) => user.id === existing.id)!;
    return { created: false, admin };
  }
  const password = randomBytes(15).toString("base64url");
  const user = await createUser(db, { ...FIRST_ADMIN, role: "admin", password }, null);
  return { created: true, user, password };
}

/** What the server prints at start while no admin exists (instrumentation.ts). */
export async function firstAdminNotice(db: Db): Promise<string | null> {
  if ((await countAdmins(db)) > 0) return null;
  const token = await firstAdminSetupToken(db);
  return [
    "No admin exists yet. Create one on this server with `npm run parallax -- users first-admin`,",
    `or open /setup in a browser and enter this setup token (it opens nothing once an admin exists): ${token}`,
  ].join("\n");
}
