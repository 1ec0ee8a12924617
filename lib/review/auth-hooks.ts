// What better-auth's HTTP endpoints may do here, decided before and after each request (issue 15):
// - its admin plugin's endpoints (/admin/set-role, /admin/ban-user, /admin/impersonate-user, …)
//   would change accounts past our last-admin guard and without history: refused over HTTP, while
//   server-side calls (`auth.api.createUser` in users.ts, which carry no request) keep working;
// - sign-in counts attempts per account and source and clears them on success (sign-in-limit.ts);
// - /update-user may change the name only, through our renameUser (bounded, unique, with history);
// - /change-password needs a strong new password, always signs out the user's other sessions, and
//   leaves a history row.

import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import type { Db } from "../db/client.ts";
import { toAppError, type ErrorCode } from "../errors.ts";
import { passwordWeakness } from "./password-strength.ts";
import { assertSameOrigin } from "./same-origin.ts";
import { ACCOUNT_SIGN_IN_LIMIT, clearSignInAttempts, countSignInAttempt, signInKey } from "./sign-in-limit.ts";
import { recordPasswordChange, renameUser } from "./users.ts";

type ApiStatus = ConstructorParameters<typeof APIError>[0];
const API_STATUS: Partial<Record<ErrorCode, ApiStatus>> = {
  INVALID_ARGUMENT: "UNPROCESSABLE_ENTITY",
  CONFLICT: "CONFLICT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
};

function toApiError(error: unknown): APIError {
  const appError = toAppError(error);
  return new APIError(API_STATUS[appError.code] ?? "INTERNAL_SERVER_ERROR", { message: appError.message, code: appError.code });
}

export function accountHooks(db: Db, allowedOrigins: string[]) {
  return {
    before: createAuthMiddleware(async (context) => {
      const request = context.request;
      // better-auth checks Origin only on requests that carry a cookie: a sign-in posted from
      // another site (login CSRF) carries none, so every POST is checked here too
      if (request?.method === "POST") {
        try {
          assertSameOrigin(request.headers, allowedOrigins);
        } catch (error) {
          throw new APIError("FORBIDDEN", { message: (error as Error).message });
        }
      }
      if (request && context.path.startsWith("/admin/")) {
        throw new APIError("FORBIDDEN", { message: "Accounts are managed on /admin/users or with `parallax users`." });
      }
      if (context.path === "/sign-in/email") {
        if (await countSignInAttempt(db, signInKey(context.body?.email, context.headers), ACCOUNT_SIGN_IN_LIMIT)) {
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many failed sign-ins for this account from this address. Wait 15 minutes, or ask an admin to unlock it." });
        }
        return;
      }
      if (request && context.path === "/update-user") return updateOwnName(db, context);
      if (context.path === "/change-password") {
        const newPassword = typeof context.body?.newPassword === "string" ? context.body.newPassword : "";
        const session = await getSessionFromCtx(context);
        const weakness = passwordWeakness(newPassword, session ? [session.user.email, session.user.name] : []);
        if (weakness) throw new APIError("BAD_REQUEST", { message: weakness, code: "PASSWORD_TOO_WEAK" });
        // whoever knew the old password may be signed in elsewhere with it
        return { context: { body: { ...context.body, revokeOtherSessions: true } } };
      }
    }),
    after: createAuthMiddleware(async (context) => {
      // a session was made: the failures before this sign-in no longer count
      if (context.path === "/sign-in/email" && context.context.newSession) {
        await clearSignInAttempts(db, signInKey(context.body?.email, context.headers));
      }
      const user = context.context.session?.user;
      if (context.path === "/change-password" && user && !isAPIError(context.context.returned)) {
        await recordPasswordChange(db, { userId: user.id, actor: { id: user.id, name: user.name } });
      }
    }),
  };
}

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

// better-auth's /update-user would store any name (200,000 characters were) and leave no history
async function updateOwnName(db: Db, context: HookContext): Promise<{ status: boolean }> {
  const session = await getSessionFromCtx(context);
  if (!session) throw new APIError("UNAUTHORIZED", { message: "Sign in to do this." });
  const body = (context.body ?? {}) as Record<string, unknown>;
  const fields = Object.keys(body);
  if (fields.length !== 1 || fields[0] !== "name") throw new APIError("BAD_REQUEST", { message: "Only the name can be changed here." });
  try {
    await renameUser(db, { userId: session.user.id, name: body.name, actor: { id: session.user.id, name: session.user.name } });
  } catch (error) {
    throw toApiError(error);
  }
  // what better-auth's own endpoint answers; the endpoint itself does not run
  return { status: true };
}
