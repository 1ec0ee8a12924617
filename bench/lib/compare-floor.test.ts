import { describe, expect, it } from "vitest";
import { alignClaims } from "../../lib/claims/align/align-claims.ts";
import { fixtureArticles, readCompareGold } from "./compare-fixtures.ts";
import { accuracyByMark, scoreComparison, type RowOutcome } from "./compare-score.ts";

// A regression floor under `npm run eval:compare` (which prints every row): each mark type, and
// the omissions, stay at or above the 0.9 on our FR/EN fixtures.
describe("comparison marks on the FR/EN fixtures", () => {
  it("keeps every mark type at or above 0.9 accuracy", () => {
    const outcomes: RowOutcome[] = readCompareGold().flatMap((event) => scoreComparison(alignClaims(fixtureArticles(event)), event.rows));
    expect(outcomes.length).toBeGreaterThanOrEqual(20);
    for (const { mark, right, total } of accuracyByMark(outcomes)) {
      expect(total, mark).toBeGreaterThan(0);
      expect(right / total, mark).toBeGreaterThanOrEqual(0.9);
    }
  });
});
