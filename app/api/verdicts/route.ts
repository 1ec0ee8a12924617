import { NextResponse } from "next/server";
import { z } from "zod";
import { apiMutation, readJson } from "@/app/api/api-route";
import { getDb } from "@/lib/db/client";
import { getActor } from "@/lib/review/authorize";
import { findVerdict } from "@/lib/review/verdict-queries";
import { saveVerdict } from "@/lib/review/save-verdict";
import type { TVerdictInput } from "@/lib/review/verdict-types";

const ZTarget = z.object({ eventId: z.string().min(1).max(64), rowId: z.string().min(1).max(300), articleId: z.string().max(64) });

// POST /api/verdicts – create a verdict (expectedVersion null) or save a new version of one;
// 409 VERSION_CONFLICT with both versions when someone saved in between
export const POST = apiMutation("verdict.save", async ({ db, actor, request }) => ({
  verdict: await saveVerdict(db, (await readJson(request)) as TVerdictInput, actor),
}));

// GET /api/verdicts?eventId=…&rowId=…[&articleId=…] – the current verdict (null if none), to signed-in users
export async function GET(request: Request): Promise<Response> {
  const db = await getDb();
  if (!(await getActor(db, request.headers))) return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in to read verdicts." } }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const target = ZTarget.safeParse({ eventId: params.get("eventId"), rowId: params.get("rowId"), articleId: params.get("articleId") ?? "" });
  if (!target.success) return NextResponse.json({ error: { code: "INVALID_ARGUMENT", message: "Give eventId and rowId." } }, { status: 422 });
  return NextResponse.json({ verdict: await findVerdict(db, target.data) });
}
