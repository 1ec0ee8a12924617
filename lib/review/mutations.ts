// Every way to change data from the web, with the right it needs. Server actions and API routes
// name their mutation here and call `authorizeMutation` first; a test walks this table for every
// role, and another checks that each action and route in app/ names an entry. One table, so a new
// mutation cannot be added without deciding who may run it.

import type { Db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { assertPermission, getActor, type Actor } from "./authorize.ts";
import type { Permission } from "./roles.ts";
import { assertSameOrigin } from "./same-origin.ts";

export const MUTATIONS = {
  "article.import": { permission: "article:import", surface: "server action app/import/actions.ts importAction" },
  "import.retry": { permission: "article:import", surface: "server action app/import/actions.ts retryImportRunAction" },
  "article.restore-piece": { permission: "article:import", surface: "server action app/articles/[id]/actions.ts restorePieceAction" },
  "event.rename": { permission: "event:edit", surface: "server action app/events/[id]/actions.ts renameEventAction" },
  "event.merge": { permission: "event:edit", surface: "server action app/events/[id]/actions.ts mergeEventsAction" },
  "event.split": { permission: "event:edit", surface: "server action app/events/[id]/actions.ts splitEventAction" },
  "event.move": { permission: "event:edit", surface: "server action app/events/[id]/actions.ts moveArticleAction" },
  "event.pin": { permission: "event:edit", surface: "server action app/events/[id]/actions.ts pinArticleAction" },
  "event.undo": { permission: "event:edit", surface: "server action app/events/[id]/actions.ts undoOperationAction" },
  "verdict.save": { permission: "verdict:write", surface: "POST /api/verdicts" },
  "verdict.restore": { permission: "verdict:write", surface: "POST /api/verdicts/[id]/restore" },
  "evidence.upload": { permission: "verdict:write", surface: "POST /api/evidence" },
  "outlet.grade": { permission: "outlet:grade", surface: "POST /api/outlets/[id]/grades" },
  "outlet.note": { permission: "outlet:note", surface: "POST /api/outlets/[id]/notes" },
  "outlet.note-remove": { permission: "outlet:note", surface: "DELETE /api/outlets/[id]/notes/[noteId]" },
  "outlet.profile": { permission: "outlet:edit-profile", surface: "PATCH /api/outlets/[id]" },
  "user.create": { permission: "user:create", surface: "POST /api/users" },
  "user.set-role": { permission: "user:set-role", surface: "PATCH /api/users/[id]" },
  "user.unlock": { permission: "user:unlock", surface: "POST /api/users/[id]/unlock" },
} as const satisfies Record<string, { permission: Permission; surface: string }>;

export type MutationName = keyof typeof MUTATIONS;

export interface AuthorizeOptions {
  /** API routes check Origin themselves; server actions get Next.js's own check */
  checkOrigin?: boolean;
  trustedOrigins?: readonly string[];
}

/** The actor allowed to run this mutation, or a 401/403 AppError. */
export async function authorizeMutation(db: Db, headers: Headers, name: MutationName, options: AuthorizeOptions = {}): Promise<Actor> {
  const mutation = MUTATIONS[name];
  if (!mutation) throw new AppError("INTERNAL", `Unknown mutation ${String(name)}.`);
  if (options.checkOrigin) assertSameOrigin(headers, options.trustedOrigins);
  return assertPermission(await getActor(db, headers), mutation.permission);
}
