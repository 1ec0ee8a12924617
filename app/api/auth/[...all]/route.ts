import { toNextJsHandler } from "better-auth/next-js";
import { getDb } from "@/lib/db/client";
import { getAuth } from "@/lib/review/auth";

// GET/POST /api/auth/* – sign-in, sign-out and session, handled by better-auth (ADR 011): its
// rate limit and Origin check apply only to requests that come through this handler.
const handler = async (request: Request) => getAuth(await getDb()).handler(request);

export const { GET, POST } = toNextJsHandler(handler);
