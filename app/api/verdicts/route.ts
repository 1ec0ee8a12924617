import { apiMutation, readJson } from "@/app/api/api-route";
import { saveVerdict } from "@/lib/review/save-verdict";
import type { TVerdictInput } from "@/lib/review/verdict-types";

// POST /api/verdicts – create a verdict (expectedVersion null) or save a new version of one;
// 409 VERSION_CONFLICT with both versions when someone saved in between
export const POST = apiMutation("verdict.save", async ({ db, actor, request }) => ({
  verdict: await saveVerdict(db, (await readJson(request)) as TVerdictInput, actor),
}));
