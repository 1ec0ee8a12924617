// schema.org ClaimReview JSON-LD, one ClaimReview per reviewed claim, shaped after Google's
// fact-check markup guidelines: claimReviewed, reviewRating (alternateName always; ratingValue,
// bestRating, worstRating on the 1–5 scale of lib/review/verdict-scale.ts), url (the claim's page),
// author (the desk), datePublished (of the review), and itemReviewed, a Claim with its author (the
// outlet where it first appeared), datePublished, firstAppearance and every appearance.
// "Unverifiable" is not a point on the 1–5 line: its Rating has alternateName only, no
// ratingValue, so no reader or crawler can mistake it for a "false" (1) or a "mixed" (3).

import { BEST_RATING, WORST_RATING } from "../../review/verdict-scale.ts";
import type { ReportPublisher } from "./report-publisher.ts";
import type { ReportArticle, ReportVerdict } from "./report-verdict.ts";

export interface ClaimReviewInput {
  verdicts: ReportVerdict[];
  publisher: ReportPublisher;
}

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

const organization = (name: string, url?: string | null): JsonObject => ({ "@type": "Organization", name, ...(url ? { url } : {}) });

// schema.org Date / DateTime: the stored publication is ISO cut at its precision, already valid
function creativeWork(article: ReportArticle): JsonObject {
  return {
    "@type": "CreativeWork",
    ...(article.url ? { url: article.url } : {}),
    headline: article.headline,
    ...(article.published ? { datePublished: article.published } : {}),
    author: organization(article.outlet),
    ...(article.language ? { inLanguage: article.language } : {}),
  };
}

function claimReview(verdict: ReportVerdict, publisher: ReportPublisher): JsonObject {
  const [first] = verdict.appearances;
  const rating: JsonObject = {
    "@type": "Rating",
    alternateName: verdict.ratingLabel,
    ...(verdict.ratingValue === null ? {} : { ratingValue: verdict.ratingValue, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    description: verdict.ratingDescription,
  };
  const claim: JsonObject = {
    "@type": "Claim",
    name: verdict.claimLabel,
    ...(first ? { author: organization(first.outlet), ...(first.published ? { datePublished: first.published } : {}), firstAppearance: creativeWork(first) } : {}),
    appearance: verdict.appearances.map(creativeWork),
  };
  return {
    "@type": "ClaimReview",
    "@id": verdict.claimUrl,
    url: verdict.claimUrl,
    name: `${verdict.claimLabel}: ${verdict.ratingLabel}`,
    claimReviewed: claimSentence(verdict),
    reviewBody: verdict.summary,
    reviewRating: rating,
    itemReviewed: claim,
    author: organization(publisher.name, publisher.url),
    datePublished: verdict.createdAt,
    dateModified: verdict.updatedAt,
  };
}

/** what was claimed, in one line: the outlet's words for a cell verdict, each outlet's for a row */
function claimSentence(verdict: ReportVerdict): string {
  const text = verdict.claimText.replace(/\s*\n\s*/g, "; ").trim();
  return text ? `${verdict.claimLabel} — ${text}` : verdict.claimLabel;
}

// Publishers paste this file inside <script type="application/ld+json">, where the HTML parser
// ends the script at the first "</script" and treats "<!--" specially, whatever the JSON says;
// headlines and outlet names come from imported pages. These characters can only occur inside JSON
// strings, where \uXXXX is the same character to every JSON reader (U+2028/2029 for old JS ones).
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const escapeForScript = (json: string) => json.replace(SCRIPT_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);

export function renderClaimReview({ verdicts, publisher }: ClaimReviewInput): string {
  const document = { "@context": "https://schema.org", "@graph": verdicts.map((verdict) => claimReview(verdict, publisher)) };
  return `${escapeForScript(JSON.stringify(document, null, 2))}\n`;
}
