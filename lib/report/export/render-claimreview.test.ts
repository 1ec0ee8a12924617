import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderClaimReview } from "./render-claimreview.ts";
import type { ReportArticle, ReportVerdict } from "./report-verdict.ts";

// Text imported from other people's pages: a publisher pastes the export inside
// <script type="application/ld+json"> on its own page, so none of it may end that script.
const HOSTILE = "Damas</script><script>window.__xss = 1</script> <!-- <script> & \u2028\u2029 done";

const article: ReportArticle = {
  articleId: "a1",
  outlet: `Outlet </SCRIPT ><img src=x onerror="window.__xss = 2">`,
  outletSlug: "outlet",
  headline: HOSTILE,
  url: "https://news.example/a?x=1&y=</script>",
  published: "2026-03-10",
  language: "fr",
};

const verdict: ReportVerdict = {
  id: "v1",
  eventId: "e1",
  eventTitle: HOSTILE,
  rowId: "place",
  articleId: "",
  outlet: null,
  claimLabel: "Place </script>",
  claimText: HOSTILE,
  rowMark: null,
  rating: "false",
  ratingLabel: "False",
  ratingDescription: "Not what happened.",
  ratingValue: 1,
  summary: HOSTILE,
  notes: "",
  evidence: [],
  version: 1,
  reviewedBy: "Amira",
  updatedBy: "Amira",
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-01T10:00:00.000Z",
  claimUrl: "https://parallax.example/events/e1/claims/place",
  appearances: [article],
};

const publisher = { name: "Desk <b>&</b>", url: "https://desk.example", siteUrl: "https://parallax.example" };

describe("renderClaimReview", () => {
  const output = renderClaimReview({ verdicts: [verdict], publisher });

  it("escapes <, >, &, U+2028 and U+2029 so the JSON cannot end or confuse an HTML script", () => {
    expect(output).not.toMatch(/[<>&\u2028\u2029]/);
    expect(output).toContain("\\u003c/script\\u003e");
  });

  it("still parses as the same JSON, every hostile string intact", () => {
    const parsed = JSON.parse(output) as { "@graph": { claimReviewed: string; reviewBody: string; itemReviewed: { appearance: { headline: string; url: string; author: { name: string } }[] } }[] };
    const [review] = parsed["@graph"];
    expect(review!.reviewBody).toBe(HOSTILE);
    expect(review!.itemReviewed.appearance[0]).toMatchObject({ headline: HOSTILE, url: article.url, author: { name: article.outlet } });
  });

  it("stays one inert script when pasted into a page the way a publisher embeds it", () => {
    const page = new JSDOM(`<!doctype html><head><script type="application/ld+json">${output}</script></head><body><p>after</p></body>`);
    const scripts = page.window.document.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(page.window.document.querySelectorAll("img")).toHaveLength(0);
    expect(JSON.parse(scripts[0]!.textContent ?? "")).toEqual(JSON.parse(output));
  });
});
