/**
 * A write refused because another writer stored the same key first: Prisma's P2002, SQLite's own
 * message through the adapter, or PostgreSQL's 23505, which a raw statement reports as P2010.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ("code" in error && (error as { code: unknown }).code === "P2002") return true;
  if (driverErrorCode(error) === "23505") return true;
  return /UNIQUE constraint failed/.test(String((error as { message?: unknown }).message ?? ""));
}

/** The database's own error code, as Prisma's driver adapters pass it on (`meta.driverAdapterError.cause.originalCode`). */
export function driverErrorCode(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}
