// The reads behind the events list, the event page and `parallax events`: each selects only what
// it shows and returns plain, JSON-ready objects (the CLI prints them as they are).

import type { Db } from "../db/client.ts";
import { latestUndoable } from "./operations/undo-operation.ts";
import type { GroupingExplanation } from "./types.ts";

export interface EventSummary {
  id: string;
  title: string;
  /** true when a reviewer named the event */
  renamed: boolean;
  origin: string;
  articleCount: number;
  firstDay: string | null;
  lastDay: string | null;
  place: { id: string; label: string } | null;
  outlets: string[];
  languages: string[];
  related: { id: string; title: string }[];
}

const summarySelect = {
  id: true,
  title: true,
  reviewerTitle: true,
  origin: true,
  articleCount: true,
  firstDay: true,
  lastDay: true,
  placeId: true,
  placeLabel: true,
  outlets: true,
  languages: true,
  linksFrom: { select: { related: { select: { id: true, title: true, reviewerTitle: true } } } },
  linksTo: { select: { event: { select: { id: true, title: true, reviewerTitle: true } } } },
} as const;

type SummaryRow = {
  id: string;
  title: string;
  reviewerTitle: string | null;
  origin: string;
  articleCount: number;
  firstDay: string | null;
  lastDay: string | null;
  placeId: string | null;
  placeLabel: string | null;
  outlets: unknown;
  languages: unknown;
  linksFrom: { related: { id: string; title: string; reviewerTitle: string | null } }[];
  linksTo: { event: { id: string; title: string; reviewerTitle: string | null } }[];
};

function presentSummary(row: SummaryRow): EventSummary {
  const related = [...row.linksFrom.map((link) => link.related), ...row.linksTo.map((link) => link.event)]
    .map((event) => ({ id: event.id, title: event.reviewerTitle ?? event.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    id: row.id,
    title: row.reviewerTitle ?? row.title,
    renamed: row.reviewerTitle !== null,
    origin: row.origin,
    articleCount: row.articleCount,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    place: row.placeId ? { id: row.placeId, label: row.placeLabel ?? row.placeId } : null,
    outlets: stringArray(row.outlets),
    languages: stringArray(row.languages),
    related,
  };
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}

export interface ListEventsOptions {
  /** words of the title, outlet names or place */
  query?: string;
  /** only events with at least this many articles */
  minArticles?: number;
  page: number;
  pageSize: number;
}

/** Events, latest first (undated last), with what the list shows of each. */
export async function listEvents(db: Db, options: ListEventsOptions): Promise<{ total: number; events: EventSummary[] }> {
  const query = options.query?.trim();
  const where = {
    ...(options.minArticles ? { articleCount: { gte: options.minArticles } } : {}),
    ...(query ? { OR: [{ title: { contains: query } }, { reviewerTitle: { contains: query } }, { placeLabel: { contains: query } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      select: summarySelect,
      orderBy: [{ lastDay: { sort: "desc", nulls: "last" } }, { articleCount: "desc" }, { id: "asc" }],
      skip: (Math.max(options.page, 1) - 1) * options.pageSize,
      take: options.pageSize,
    }),
  ]);
  return { total, events: rows.map(presentSummary) };
}

export interface EventMember {
  articleId: string;
  headline: string;
  outlet: { slug: string; name: string } | null;
  publishedAt: string | null;
  language: string | null;
  url: string | null;
  score: number;
  /** score | new-group | pinned | reviewer */
  decidedBy: string;
  pinned: boolean;
  explanation: GroupingExplanation | null;
  /** the headline of the article the explanation compares with, in this event or another */
  closestHeadline: string | null;
  /** the event that article is in now, when it is not this one */
  closestEventId: string | null;
}

export interface EventOperationEntry {
  id: string;
  kind: string;
  actor: string;
  summary: string;
  createdAt: string;
  undone: boolean;
}

export interface EventDetail extends EventSummary {
  members: EventMember[];
  /** members by outlet name ("Unknown outlet" last), each list by date */
  byOutlet: { outlet: string; members: EventMember[] }[];
  history: EventOperationEntry[];
  undoable: { id: string; summary: string; kind: string } | null;
}

export async function getEventDetail(db: Db, eventId: string): Promise<EventDetail | null> {
  const row = await db.event.findUnique({
    where: { id: eventId },
    select: {
      ...summarySelect,
      memberships: {
        select: {
          score: true,
          decidedBy: true,
          pinned: true,
          explanation: true,
          article: { select: { id: true, headline: true, publishedAt: true, publishedSort: true, language: true, url: true, outlet: { select: { slug: true, name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const headlineOf = new Map(row.memberships.map((member) => [member.article.id, member.article.headline]));
  // an article that started its own event is explained by its nearest article elsewhere: name it and its event
  const elsewhereIds = [
    ...new Set(row.memberships.map((member) => (member.explanation as GroupingExplanation | null)?.closestArticleId).filter((id): id is string => Boolean(id) && !headlineOf.has(id!))),
  ];
  const elsewhere = new Map(
    elsewhereIds.length === 0
      ? []
      : (await db.article.findMany({ where: { id: { in: elsewhereIds } }, select: { id: true, headline: true, eventMembership: { select: { eventId: true } } } })).map((article) => [
          article.id,
          { headline: article.headline, eventId: article.eventMembership?.eventId ?? null },
        ]),
  );
  const members: EventMember[] = row.memberships
    .sort((a, b) => (a.article.publishedSort?.getTime() ?? Infinity) - (b.article.publishedSort?.getTime() ?? Infinity) || a.article.headline.localeCompare(b.article.headline))
    .map((member) => {
      const explanation = (member.explanation as GroupingExplanation | null) ?? null;
      return {
        articleId: member.article.id,
        headline: member.article.headline,
        outlet: member.article.outlet,
        publishedAt: member.article.publishedAt,
        language: member.article.language,
        url: member.article.url,
        score: member.score,
        decidedBy: member.decidedBy,
        pinned: member.pinned,
        explanation,
        closestHeadline: explanation?.closestArticleId ? (headlineOf.get(explanation.closestArticleId) ?? elsewhere.get(explanation.closestArticleId)?.headline ?? null) : null,
        closestEventId: explanation?.closestArticleId ? (elsewhere.get(explanation.closestArticleId)?.eventId ?? null) : null,
      };
    });
  const outlets = new Map<string, EventMember[]>();
  for (const member of members) {
    const name = member.outlet?.name ?? "Unknown outlet";
    outlets.set(name, [...(outlets.get(name) ?? []), member]);
  }
  const byOutlet = [...outlets]
    .sort(([a], [b]) => (a === "Unknown outlet" ? 1 : b === "Unknown outlet" ? -1 : a.localeCompare(b)))
    .map(([outlet, list]) => ({ outlet, members: list }));
  const [history, undoable] = await Promise.all([listEventHistory(db, eventId), latestUndoable(db, eventId)]);
  return { ...presentSummary(row), members, byOutlet, history, undoable };
}

/** Operations that touched an event, newest first (also those from before a merge took it away). */
export async function listEventHistory(db: Db, eventId: string, limit = 100): Promise<EventOperationEntry[]> {
  const rows = await db.eventOperation.findMany({
    where: { events: { some: { eventId } } },
    select: { id: true, kind: true, actor: true, summary: true, createdAt: true, undoneById: true },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return rows.map((row) => ({ id: row.id, kind: row.kind, actor: row.actor, summary: row.summary, createdAt: row.createdAt.toISOString(), undone: row.undoneById !== null }));
}

/** Events to offer as merge or move targets: the related ones first, then the latest. */
export async function listEventChoices(db: Db, excludeId: string, limit = 200): Promise<{ id: string; title: string; articleCount: number; firstDay: string | null }[]> {
  const rows = await db.event.findMany({
    where: { id: { not: excludeId } },
    select: { id: true, title: true, reviewerTitle: true, articleCount: true, firstDay: true },
    orderBy: [{ lastDay: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: limit,
  });
  return rows.map((row) => ({ id: row.id, title: row.reviewerTitle ?? row.title, articleCount: row.articleCount, firstDay: row.firstDay }));
}
