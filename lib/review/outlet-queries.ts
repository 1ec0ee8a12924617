// The read model of the outlet pages: the index of every outlet with its counts and grades at a
// glance, and one outlet's profile, grades, live notes and history. Presenters decide which fields
// leave the server (the outline habit); names of reviewers come from `users` by id.

import type { Db } from "../db/client.ts";
import { OUTLET_CRITERIA, type Grade, type OutletCriterion } from "./outlet-criteria.ts";
import type { RevisionAction } from "./revisions.ts";

export interface Person {
  id: string;
  name: string;
}

export interface OutletSummary {
  id: string;
  slug: string;
  name: string;
  country: string | null;
  ownership: string | null;
  inGazetteer: boolean;
  articleCount: number;
  eventCount: number;
  /** the grade of each criterion graded so far */
  grades: Partial<Record<OutletCriterion, Grade>>;
  /** mean of the grades given, null when none is */
  averageGrade: number | null;
}

export const OUTLET_SORT_KEYS = ["name", "country", "ownership", "articles", "events", "grade"] as const;
export type OutletSortKey = (typeof OUTLET_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export interface OutletProfile {
  id: string;
  slug: string;
  name: string;
  country: string | null;
  ownership: string | null;
  aliases: string[];
  domains: string[];
  version: number;
  inGazetteer: boolean;
  articleCount: number;
  eventCount: number;
}

export interface OutletGradeRecord {
  id: string;
  grade: Grade;
  reason: string;
  version: number;
  updatedBy: Person;
  updatedAt: string;
}

/** One entry per criterion, in the order of OUTLET_CRITERIA; `current` is null until graded. */
export interface CriterionGrade {
  criterion: OutletCriterion;
  current: OutletGradeRecord | null;
}

export interface OutletNoteRecord {
  id: string;
  body: string;
  version: number;
  createdBy: Person;
  updatedBy: Person;
  createdAt: string;
  updatedAt: string;
}

export type OutletHistorySubject = { kind: "profile" } | { kind: "grade"; criterion: OutletCriterion } | { kind: "note"; noteId: string };

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface OutletHistoryEntry {
  id: string;
  subject: OutletHistorySubject;
  version: number;
  action: RevisionAction;
  /** the actor's name as it was when they saved */
  actor: Person;
  createdAt: string;
  /** the fields this save changed: every field of a creation, only the differing ones otherwise */
  changes: FieldChange[];
}

export interface OutletReview {
  profile: OutletProfile;
  grades: CriterionGrade[];
  notes: OutletNoteRecord[];
  history: OutletHistoryEntry[];
  /** true when older history entries were left out (see HISTORY_LIMIT) */
  historyTruncated: boolean;
}

/** the page shows the latest changes; a long-reviewed outlet would otherwise render thousands */
export const HISTORY_LIMIT = 200;

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

async function userNames(db: Db, ids: string[]): Promise<(id: string) => Person> {
  const users = ids.length === 0 ? [] : await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return (id) => ({ id, name: names.get(id) ?? "removed user" });
}

function average(grades: number[]): number | null {
  return grades.length === 0 ? null : grades.reduce((sum, grade) => sum + grade, 0) / grades.length;
}

/** Distinct events per outlet: Prisma's groupBy cannot count distinct values across a relation. */
async function eventCountsByOutlet(db: Db): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ outletId: string; events: bigint | number }[]>`
    SELECT a."outletId" AS "outletId", COUNT(DISTINCT m."eventId") AS "events"
    FROM "articles" a JOIN "event_memberships" m ON m."articleId" = a."id"
    WHERE a."outletId" IS NOT NULL
    GROUP BY a."outletId"`;
  return new Map(rows.map((row) => [row.outletId, Number(row.events)]));
}

export async function listOutlets(db: Db, options: { sort?: OutletSortKey; direction?: SortDirection } = {}): Promise<OutletSummary[]> {
  const [outlets, articleCounts, eventCounts, grades] = await Promise.all([
    db.outlet.findMany({ select: { id: true, slug: true, name: true, country: true, ownership: true, inGazetteer: true } }),
    db.article.groupBy({ by: ["outletId"], where: { outletId: { not: null } }, _count: { _all: true } }),
    eventCountsByOutlet(db),
    db.outletGrade.findMany({ select: { outletId: true, criterion: true, grade: true } }),
  ]);
  const articles = new Map(articleCounts.map((row) => [row.outletId, row._count._all]));
  const gradesByOutlet = new Map<string, Partial<Record<OutletCriterion, Grade>>>();
  for (const row of grades) {
    const entry = gradesByOutlet.get(row.outletId) ?? {};
    entry[row.criterion as OutletCriterion] = row.grade as Grade;
    gradesByOutlet.set(row.outletId, entry);
  }
  const summaries = outlets.map((outlet): OutletSummary => {
    const outletGrades = gradesByOutlet.get(outlet.id) ?? {};
    return {
      ...outlet,
      articleCount: articles.get(outlet.id) ?? 0,
      eventCount: eventCounts.get(outlet.id) ?? 0,
      grades: outletGrades,
      averageGrade: average(Object.values(outletGrades)),
    };
  });
  return sortOutlets(summaries, options.sort ?? "name", options.direction ?? "asc");
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Missing values (no country, no grade) sort last in both directions; ties fall back to the name. */
export function sortOutlets(outlets: OutletSummary[], key: OutletSortKey, direction: SortDirection): OutletSummary[] {
  const value = (outlet: OutletSummary): string | number | null => {
    switch (key) {
      case "name":
        return outlet.name;
      case "country":
        return outlet.country || null;
      case "ownership":
        return outlet.ownership || null;
      case "articles":
        return outlet.articleCount;
      case "events":
        return outlet.eventCount;
      case "grade":
        return outlet.averageGrade;
    }
  };
  const sign = direction === "asc" ? 1 : -1;
  return [...outlets].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else {
      const order = typeof left === "number" && typeof right === "number" ? left - right : collator.compare(String(left), String(right));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name);
  });
}

/** Everything the outlet page shows, or null for an unknown slug. */
export async function getOutletReview(db: Db, slug: string): Promise<OutletReview | null> {
  const outlet = await db.outlet.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, country: true, ownership: true, aliases: true, domains: true, version: true, inGazetteer: true },
  });
  if (!outlet) return null;
  const [articleCount, eventCount, gradeRows, noteRows] = await Promise.all([
    db.article.count({ where: { outletId: outlet.id } }),
    db.event.count({ where: { memberships: { some: { article: { outletId: outlet.id } } } } }),
    db.outletGrade.findMany({ where: { outletId: outlet.id }, select: { id: true, criterion: true, grade: true, reason: true, version: true, updatedById: true, updatedAt: true } }),
    // removed notes too: their history stays on the page
    db.outletNote.findMany({
      where: { outletId: outlet.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, body: true, version: true, createdById: true, updatedById: true, removedAt: true, createdAt: true, updatedAt: true },
    }),
  ]);
  const person = await userNames(db, [...gradeRows.map((row) => row.updatedById), ...noteRows.flatMap((row) => [row.createdById, row.updatedById])]);

  const gradeByCriterion = new Map(gradeRows.map((row) => [row.criterion, row]));
  const grades = OUTLET_CRITERIA.map((criterion): CriterionGrade => {
    const row = gradeByCriterion.get(criterion);
    return {
      criterion,
      current: row
        ? { id: row.id, grade: row.grade as Grade, reason: row.reason, version: row.version, updatedBy: person(row.updatedById), updatedAt: row.updatedAt.toISOString() }
        : null,
    };
  });
  const notes = noteRows
    .filter((row) => row.removedAt === null)
    .map((row): OutletNoteRecord => ({
      id: row.id,
      body: row.body,
      version: row.version,
      createdBy: person(row.createdById),
      updatedBy: person(row.updatedById),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }));

  const subjects = new Map<string, OutletHistorySubject>([[`outlet-profile:${outlet.id}`, { kind: "profile" }]]);
  for (const row of gradeRows) subjects.set(`outlet-grade:${row.id}`, { kind: "grade", criterion: row.criterion as OutletCriterion });
  for (const row of noteRows) subjects.set(`outlet-note:${row.id}`, { kind: "note", noteId: row.id });
  const { entries, truncated } = await outletHistory(db, outlet.id, gradeRows.map((row) => row.id), noteRows.map((row) => row.id), subjects);

  const { aliases, domains, ...profile } = outlet;
  return {
    profile: { ...profile, aliases: stringList(aliases), domains: stringList(domains), articleCount, eventCount },
    grades,
    notes,
    history: entries,
    historyTruncated: truncated,
  };
}

async function outletHistory(db: Db, outletId: string, gradeIds: string[], noteIds: string[], subjects: Map<string, OutletHistorySubject>) {
  const rows = await db.revision.findMany({
    where: {
      OR: [
        { entityType: "outlet-profile", entityId: outletId },
        { entityType: "outlet-grade", entityId: { in: gradeIds } },
        { entityType: "outlet-note", entityId: { in: noteIds } },
      ],
    },
    // one save writes one revision, so createdAt orders them; version breaks ties within an entity
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: HISTORY_LIMIT + 1,
    select: { id: true, entityType: true, entityId: true, version: true, action: true, actorId: true, actorName: true, before: true, after: true, createdAt: true },
  });
  const entries = rows.slice(0, HISTORY_LIMIT).map(
    (row): OutletHistoryEntry => ({
      id: row.id,
      subject: subjects.get(`${row.entityType}:${row.entityId}`)!,
      version: row.version,
      action: row.action as RevisionAction,
      actor: { id: row.actorId, name: row.actorName },
      createdAt: row.createdAt.toISOString(),
      changes: changedFields(row.before, row.after),
    }),
  );
  return { entries, truncated: rows.length > HISTORY_LIMIT };
}

// the criterion names the subject of a grade revision, and `removed` is what the action says
const NOT_CHANGES = new Set(["criterion", "removed", "version"]);

/** The fields of a revision that differ between before and after (all of them for a creation). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const previous = isRecord(before) ? before : {};
  const next = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter((field) => !NOT_CHANGES.has(field));
  return fields
    .filter((field) => JSON.stringify(previous[field] ?? null) !== JSON.stringify(next[field] ?? null))
    .map((field) => ({ field, before: previous[field] ?? null, after: next[field] ?? null }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
