// Accounts: created by an admin (web) or `parallax users add` (CLI) through better-auth's own
// createUser, so the password is hashed and stored exactly as sign-in expects it. Every change to
// an account (role, name, password, sign-in lock) goes through a function here and leaves a history
// row; better-auth's own admin endpoints are refused over HTTP (auth.ts).

import { z } from "zod";
import type { Db, DbTransaction } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { randomBytes } from "node:crypto";
import { getAuth, hashPassword } from "./auth.ts";
import type { Actor } from "./authorize.ts";
import { assertDisplayNameFree, findNameHolder, MAX_DISPLAY_NAME } from "./display-name.ts";
import { assertStrongPassword, MIN_PASSWORD_LENGTH } from "./password-strength.ts";
import { appendRevision } from "./revisions.ts";
import { ROLES, type Role } from "./roles.ts";
import { clearAllSignInAttempts } from "./sign-in-limit.ts";

const ZPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
  .max(256, "The password must be at most 256 characters long.");

export const ZNewUserSchema = z.object({
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(254),
  name: z.string().trim().max(MAX_DISPLAY_NAME, `The name must be at most ${MAX_DISPLAY_NAME} characters long.`).optional(),
  role: z.enum(ROLES, { message: `The role must be one of ${ROLES.join(", ")}.` }),
  password: ZPasswordSchema,
});
export type TNewUser = z.input<typeof ZNewUserSchema>;

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

const USER_SELECT = { id: true, email: true, name: true, role: true, createdAt: true } as const;

function present(user: { id: string; email: string; name: string; role: string | null; createdAt: Date }): UserSummary {
  return { id: user.id, email: user.email, name: user.name, role: (user.role ?? "viewer") as Role, createdAt: user.createdAt.toISOString() };
}

/** `actor` is null only for the CLI and the first-run page, which have no session to speak for. */
export async function createUser(db: Db, input: TNewUser, actor: Pick<Actor, "id" | "name"> | null): Promise<UserSummary> {
  const parsed = ZNewUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_ARGUMENT", parsed.error.issues[0]?.message ?? "Invalid user.");
  const { email, role, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", `A user with the email ${email} already exists.`);
  }
  const name = parsed.data.name ? await assertDisplayNameFree(db, parsed.data.name) : await defaultName(db, email);
  assertStrongPassword(password, [email, name]);
  const created = await getAuth(db).api.createUser({ body: { email, password, name, role } });
  const user = await db.user.findUniqueOrThrow({ where: { id: created.user.id }, select: USER_SELECT });
  const summary = present(user);
  await db.$transaction((tx) =>
    appendRevision(tx, { entityType: "user", entityId: user.id, version: 1, action: "create", actor: actor ?? { id: user.id, name: "command line" }, before: null, after: summary }),
  );
  return summary;
}

// the part before @, unless someone already has it: then the whole email, which is unique
async function defaultName(db: Db, email: string): Promise<string> {
  const local = email.split("@")[0]!.slice(0, MAX_DISPLAY_NAME);
  return (await findNameHolder(db, local)) ? email.slice(0, MAX_DISPLAY_NAME) : local;
}

async function nextUserVersion(tx: DbTransaction, userId: string): Promise<number> {
  return (await tx.revision.count({ where: { entityType: "user", entityId: userId } })) + 1;
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const users = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: USER_SELECT });
  return users.map(present);
}

export async function countAdmins(db: Db): Promise<number> {
  return db.user.count({ where: { role: "admin", banned: { not: true } } });
}

export async function setUserRole(db: Db, options: { userId: string; role: Role; actor: Pick<Actor, "id" | "name"> }): Promise<UserSummary> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId }, select: USER_SELECT });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.role === "admin" && options.role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) {
      throw new AppError("CONFLICT", "This is the last admin: make another user admin first.");
    }
    const before = present(user);
    const updated = present(await tx.user.update({ where: { id: user.id }, data: { role: options.role }, select: USER_SELECT }));
    await appendRevision(tx, { entityType: "user", entityId: user.id, version: await nextUserVersion(tx, user.id), action: "update", actor: options.actor, before, after: updated });
    return updated;
  });
}

/** A new display name (the user's own, through better-auth's /update-user: auth.ts routes it here). */
export async function renameUser(db: Db, options: { userId: string; name: unknown; actor: Pick<Actor, "id" | "name"> }): Promise<UserSummary> {
  if (typeof options.name !== "string") throw new AppError("INVALID_ARGUMENT", "The name must be text.");
  const name = await assertDisplayNameFree(db, options.name, options.userId);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId }, select: USER_SELECT });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    const before = present(user);
    const updated = present(await tx.user.update({ where: { id: user.id }, data: { name }, select: USER_SELECT }));
    await appendRevision(tx, { entityType: "user", entityId: user.id, version: await nextUserVersion(tx, user.id), action: "update", actor: options.actor, before, after: updated });
    return updated;
  });
}

/**
 * A new password set by the operator (`parallax users reset-password`): every session of the user
 * ends, since whoever knew the old password may be signed in with it.
 */
export async function resetPassword(db: Db, options: { email: string; password: string; actor: Pick<Actor, "id" | "name"> }): Promise<UserSummary> {
  const parsed = ZPasswordSchema.safeParse(options.password);
  if (!parsed.success) throw new AppError("INVALID_ARGUMENT", parsed.error.issues[0]?.message ?? "Invalid password.");
  const user = await db.user.findUnique({ where: { email: options.email.trim().toLowerCase() }, select: USER_SELECT });
  if (!user) throw new AppError("NOT_FOUND", `No account with the email ${options.email}.`);
  assertStrongPassword(parsed.data, [user.email, user.name]);
  const hashed = await hashPassword(parsed.data);
  return db.$transaction(async (tx) => {
    const { count } = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hashed } });
    if (count !== 1) throw new AppError("CONFLICT", `${user.email} has no password account.`);
    await tx.session.deleteMany({ where: { userId: user.id } });
    return appendPasswordRevision(tx, user, options.actor);
  });
}

// the history says that the password changed and who changed it, never the password
async function appendPasswordRevision(tx: DbTransaction, user: Parameters<typeof present>[0], actor: Pick<Actor, "id" | "name">): Promise<UserSummary> {
  const summary = present(user);
  await appendRevision(tx, { entityType: "user", entityId: user.id, version: await nextUserVersion(tx, user.id), action: "update", actor, before: summary, after: { ...summary, passwordChanged: true } });
  return summary;
}

/** A user changed their own password through better-auth's /change-password (auth-hooks.ts). */
export async function recordPasswordChange(db: Db, options: { userId: string; actor: Pick<Actor, "id" | "name"> }): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId }, select: USER_SELECT });
    if (user) await appendPasswordRevision(tx, user, options.actor);
  });
}

/** Ends the sign-in locks on an account (an admin, from /admin/users or `parallax users unlock`). */
export async function unlockSignIn(db: Db, options: { userId: string; actor: Pick<Actor, "id" | "name"> }): Promise<UserSummary & { unlockedSources: number }> {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: USER_SELECT });
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  const summary = present(user);
  const unlockedSources = await clearAllSignInAttempts(db, user.email);
  await db.$transaction(async (tx) =>
    appendRevision(tx, { entityType: "user", entityId: user.id, version: await nextUserVersion(tx, user.id), action: "update", actor: options.actor, before: { ...summary, signInLocked: unlockedSources > 0 }, after: { ...summary, signInLocked: false } }),
  );
  return { ...summary, unlockedSources };
}

export const DEMO_REVIEWER = { email: "reviewer@parallax.local", name: "Demo reviewer" } as const;

/**
 * The sample data's reviewer: created with a fresh random password, or given a new one when it
 * already exists (the password is printed once and never stored in clear anywhere).
 */
export async function provisionDemoReviewer(db: Db): Promise<{ user: UserSummary; password: string }> {
  const password = randomBytes(12).toString("base64url");
  const existing = await db.user.findUnique({ where: { email: DEMO_REVIEWER.email }, select: USER_SELECT });
  if (!existing) {
    const user = await createUser(db, { ...DEMO_REVIEWER, role: "reviewer", password }, null);
    return { user, password };
  }
  // a new password like any other: its sessions end and the history says so
  const user = await resetPassword(db, { email: existing.email, password, actor: { id: existing.id, name: "command line" } });
  return { user, password };
}
