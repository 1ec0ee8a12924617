import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { getDb, type Db } from "@/lib/db/client";
import { AppError, toAppError } from "@/lib/errors";
import type { Actor } from "@/lib/review/authorize";
import { authSettingsFromEnv } from "@/lib/review/auth";
import { authorizeMutation, type MutationName } from "@/lib/review/mutations";

export interface ApiContext<P> {
  db: Db;
  actor: Actor;
  request: Request;
  params: P;
}

/** Reads the JSON body, or says plainly that it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("MALFORMED_INPUT", "The request body is not JSON.");
  }
}

/**
 * The one wrapper of every mutating API route (the dub habit): same-origin check, session, role
 * from the mutation table, then the handler; errors become JSON with the status from one table
 * (ZodError → 422, AppError → its status, anything else → 500 without internals).
 */
export function apiMutation<P = Record<string, never>>(name: MutationName, handler: (context: ApiContext<P>) => Promise<unknown>) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      const db = await getDb();
      const actor = await authorizeMutation(db, request.headers, name, { checkOrigin: true, trustedOrigins: authSettingsFromEnv().trustedOrigins });
      const result = await handler({ db, actor, request, params: await segment.params });
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      if (error instanceof ZodError) {
        return NextResponse.json({ error: { code: "INVALID_ARGUMENT", message: error.issues[0]?.message ?? "Invalid input." } }, { status: 422 });
      }
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(`${name} failed:`, error);
      return NextResponse.json(
        { error: { code: appError.code, message: appError.message, ...(appError.details !== undefined ? { details: appError.details } : {}) } },
        { status: appError.httpStatus },
      );
    }
  };
}
