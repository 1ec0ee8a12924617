// The name beside every verdict and note in history: a reader must be able to tell two people
// apart, so names are unique whatever their case, and bounded like every other field we store.

import { z } from "zod";
import type { Db } from "../db/client.ts";
import { AppError } from "../errors.ts";

export const MAX_DISPLAY_NAME = 120;

export const ZDisplayNameSchema = z
  .string()
  .trim()
  .min(1, "The name cannot be empty.")
  .max(MAX_DISPLAY_NAME, `The name must be at most ${MAX_DISPLAY_NAME} characters long.`);

// NFKC folds look-alike forms (full-width letters, ligatures) so "Ａnna" and "anna" collide too
function nameKey(name: string): string {
  return name.normalize("NFKC").trim().toLocaleLowerCase("und");
}

/**
 * The user (other than `exceptUserId`) already called this name, or null. Read in JavaScript
 * rather than with SQL `lower()`: SQLite's folds ASCII only, and a desk has tens of accounts.
 */
export async function findNameHolder(db: Db, name: string, exceptUserId?: string): Promise<{ id: string; email: string } | null> {
  const key = nameKey(name);
  const users = await db.user.findMany({ where: exceptUserId ? { id: { not: exceptUserId } } : {}, select: { id: true, email: true, name: true } });
  const holder = users.find((user) => nameKey(user.name) === key);
  return holder ? { id: holder.id, email: holder.email } : null;
}

/** The name, checked and trimmed; CONFLICT when another account already has it. */
export async function assertDisplayNameFree(db: Db, name: string, exceptUserId?: string): Promise<string> {
  const parsed = ZDisplayNameSchema.safeParse(name);
  if (!parsed.success) throw new AppError("INVALID_ARGUMENT", parsed.error.issues[0]?.message ?? "Invalid name.");
  if (await findNameHolder(db, parsed.data, exceptUserId)) {
    throw new AppError("CONFLICT", `Another account is already called "${parsed.data}": pick a name people can tell apart.`);
  }
  return parsed.data;
}
