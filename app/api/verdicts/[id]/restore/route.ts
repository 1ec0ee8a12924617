import { z } from "zod";
import { apiMutation, readJson } from "@/app/api/api-route";
import { restoreVerdict } from "@/lib/review/save-verdict";

const ZRestore = z.object({ revisionVersion: z.number().int().positive(), expectedVersion: z.number().int().positive() });

// POST /api/verdicts/:id/restore – bring back an older version, as a new version on top
export const POST = apiMutation<{ id: string }>("verdict.restore", async ({ db, actor, request, params }) => {
  const input = ZRestore.parse(await readJson(request));
  return { verdict: await restoreVerdict(db, { verdictId: params.id, ...input, actor }) };
});
