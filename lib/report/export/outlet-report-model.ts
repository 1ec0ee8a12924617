// One outlet's fact-check report: its figures across events (an OutletSummary, computed by
// lib/report/outlets/summarize-outlet.ts, passed in so tests can give their own) and every verdict on its claims,
// each with what this outlet itself reported. A verdict is the outlet's when it judges the outlet's
// own cell, or when it judges a whole claim the outlet reports (the same rule as the summary's).

import type { CellMark } from "../../claims/align/types.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import type { OutletSummary, Rate } from "../outlets/summarize-outlet.ts";
import { buildEventReport } from "./event-report-model.ts";
import { reportPublisher, type ReportPublisher } from "./report-publisher.ts";
import { reviewersOf, type ReportArticle, type ReportVerdict } from "./report-verdict.ts";

export type { OutletSummary, Rate };

export type OutletSummarizer = (db: Db, slug: string) => Promise<OutletSummary | null>;

export interface OutletVerdict extends ReportVerdict {
  /** the outlet's article in that event's comparison, and what it reported there */
  article: ReportArticle | null;
  /** the row's kind in that comparison ("" when the row is gone) */
  claimKind: string;
  outletValue: string;
  outletMark: CellMark | null;
}

export interface OutletReport {
  outlet: { id: string; slug: string; name: string; country: string | null; ownership: string | null };
  summary: OutletSummary | null;
  verdicts: OutletVerdict[];
  /** events with a verdict on this outlet's claims, in the order of the verdicts */
  events: { id: string; title: string }[];
  /** events whose comparison could not be built (grown past the compare limit): their verdicts are not listed */
  skippedEvents: number;
  reviewers: { names: string[]; first: string | null; last: string | null };
  publisher: ReportPublisher;
  generatedAt: string;
}

/** By id or slug, else by name or alias, ignoring case: what `--outlet NAME` and the route take. */
export async function findOutlet(db: Db, nameOrSlug: string): Promise<OutletReport["outlet"]> {
  const select = { id: true, slug: true, name: true, country: true, ownership: true, aliases: true } as const;
  const wanted = nameOrSlug.trim().toLowerCase();
  const exact = (await db.outlet.findUnique({ where: { id: nameOrSlug.trim() }, select })) ?? (await db.outlet.findUnique({ where: { slug: wanted }, select }));
  const outlets = exact ? [exact] : await db.outlet.findMany({ select });
  const found = outlets.find((outlet) => outlet.slug === wanted || outlet.name.toLowerCase() === wanted || (Array.isArray(outlet.aliases) && outlet.aliases.some((alias) => typeof alias === "string" && alias.toLowerCase() === wanted)));
  if (!found) throw new AppError("NOT_FOUND", `No outlet "${nameOrSlug}"; \`parallax outlets\` lists them.`);
  return { id: found.id, slug: found.slug, name: found.name, country: found.country, ownership: found.ownership };
}

export interface BuildOutletReportOptions {
  outlet: string;
  /** the outlet's figures; without one the report has its verdicts only */
  summarize?: OutletSummarizer;
  publisher?: ReportPublisher;
  now?: Date;
}

export async function buildOutletReport(db: Db, options: BuildOutletReportOptions): Promise<OutletReport> {
  const outlet = await findOutlet(db, options.outlet);
  const publisher = options.publisher ?? reportPublisher();
  const articles = await db.article.findMany({ where: { outletId: outlet.id }, select: { id: true, eventMembership: { select: { eventId: true } } } });
  const own = new Set(articles.map((article) => article.id));
  const covered = [...new Set(articles.flatMap((article) => (article.eventMembership ? [article.eventMembership.eventId] : [])))];
  const candidates = await db.verdict.findMany({
    where: { OR: [{ articleId: { in: [...own] } }, { articleId: "", eventId: { in: covered } }] },
    select: { eventId: true },
    orderBy: { updatedAt: "desc" },
  });
  const verdicts: OutletVerdict[] = [];
  const events: OutletReport["events"] = [];
  let skippedEvents = 0;
  for (const eventId of [...new Set(candidates.map((candidate) => candidate.eventId))]) {
    const report = await buildEventReport(db, { eventId, publisher, now: options.now }).catch((error: unknown) => {
      if (error instanceof AppError && (error.code === "INVALID_ARGUMENT" || error.code === "NOT_FOUND")) return null;
      throw error;
    });
    if (!report) {
      skippedEvents += 1;
      continue;
    }
    const column = report.columns.find((entry) => own.has(entry.articleId)) ?? null;
    const mine = report.verdicts.filter((verdict) => (verdict.articleId ? own.has(verdict.articleId) : verdict.appearances.some((article) => own.has(article.articleId))));
    if (mine.length === 0) continue;
    events.push({ id: report.event.id, title: report.event.title });
    for (const verdict of mine) {
      const row = report.rows.find((entry) => entry.id === verdict.rowId);
      const cell = row?.cells.find((entry) => (verdict.articleId ? entry.articleId === verdict.articleId : column && entry.articleId === column.articleId));
      verdicts.push({ ...verdict, article: column, claimKind: row?.kind ?? "", outletValue: cell?.value ?? "", outletMark: cell?.mark ?? null });
    }
  }
  return {
    outlet,
    summary: options.summarize ? await options.summarize(db, outlet.slug) : null,
    verdicts,
    events,
    skippedEvents,
    reviewers: reviewersOf(verdicts),
    publisher,
    generatedAt: (options.now ?? new Date()).toISOString(),
  };
}
