/** A write refused because another writer stored the same key first (Prisma's P2002, or SQLite's own message through the adapter). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ("code" in error && (error as { code: unknown }).code === "P2002") return true;
  return /UNIQUE constraint failed/.test(String((error as { message?: unknown }).message ?? ""));
}
