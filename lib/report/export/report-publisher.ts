// Who publishes a report, and where its links point: the desk's name and site for the byline and
// ClaimReview's `author`, and the app's public URL for claim pages (ClaimReview's `url`). Read from
// the environment once per report; a malformed URL falls back to the default instead of producing
// links nobody can open.

import { z } from "zod";

export interface ReportPublisher {
  /** the fact-checking organisation, as the byline and ClaimReview `author` name it */
  name: string;
  /** the organisation's own site */
  url: string;
  /** the public URL of this Parallax install: claim and event links start here */
  siteUrl: string;
}

export const DEFAULT_ORG_NAME = "Parallax fact-check desk";
export const DEFAULT_SITE_URL = "http://localhost:3000";

const ZWebUrl = z.url({ protocol: /^https?$/ });
const trimSlash = (url: string) => url.replace(/\/+$/, "");

export function reportPublisher(env: Record<string, string | undefined> = process.env): ReportPublisher {
  const site = ZWebUrl.safeParse(env.BETTER_AUTH_URL?.trim());
  const siteUrl = trimSlash(site.success ? site.data : DEFAULT_SITE_URL);
  const org = ZWebUrl.safeParse(env.PARALLAX_ORG_URL?.trim());
  return { name: env.PARALLAX_ORG_NAME?.trim() || DEFAULT_ORG_NAME, url: org.success ? trimSlash(org.data) : siteUrl, siteUrl };
}

/** The public page of one reviewed claim (of one outlet's cell when articleId is set). */
export function claimPageUrl(siteUrl: string, eventId: string, rowId: string, articleId = ""): string {
  const base = `${siteUrl}/events/${encodeURIComponent(eventId)}/claims/${encodeURIComponent(rowId)}`;
  return articleId ? `${base}?article=${encodeURIComponent(articleId)}` : base;
}
