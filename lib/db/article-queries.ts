// The reads behind the library and article pages. Each query selects only what its page shows;
// present-article.ts then decides the final shape that leaves the server.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "./client.ts";
import { searchArticles, type SnippetSegment } from "./search.ts";

export interface ListArticlesOptions {
  /** full-text query; empty or absent lists every article, newest first */
  query?: string;
  /** outlet slug */
  outlet?: string;
  language?: string;
  /** 1-based */
  page: number;
  pageSize: number;
}

const articleListSelect = {
  id: true,
  headline: true,
  headlineDerived: true,
  language: true,
  publishedAt: true,
  publishedPrecision: true,
  wordCount: true,
  outletUnknown: true,
  flags: true,
  outlet: { select: { slug: true, name: true } },
  _count: {
    select: {
      // Passages shared with other articles; a paragraph repeated inside the article shows as a removed piece.
      copiedPassages: { where: { kind: "cross" } },
      // A restored piece is back in the text: only the ones still out count as removed.
      removedPieces: { where: { restored: false } },
    },
  },
} satisfies Prisma.ArticleSelect;

export type ArticleListRecord = Prisma.ArticleGetPayload<{ select: typeof articleListSelect }>;

export interface ArticleListEntry {
  article: ArticleListRecord;
  /** present when the list comes from a full-text search */
  snippet?: SnippetSegment[];
}

export interface ArticleList {
  total: number;
  entries: ArticleListEntry[];
}

export async function listArticles(db: Db, options: ListArticlesOptions): Promise<ArticleList> {
  const skip = (Math.max(options.page, 1) - 1) * options.pageSize;
  const query = options.query?.trim();
  if (query) {
    const results = await searchArticles(db, {
      query,
      outlet: options.outlet,
      language: options.language,
      limit: options.pageSize,
      offset: skip,
    });
    const rows = await db.article.findMany({
      where: { id: { in: results.hits.map((hit) => hit.articleId) } },
      select: articleListSelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const entries = results.hits.flatMap((hit) => {
      const article = byId.get(hit.articleId);
      return article ? [{ article, snippet: hit.snippet }] : [];
    });
    return { total: results.total, entries };
  }

  const where: Prisma.ArticleWhereInput = {
    ...(options.outlet ? { outlet: { slug: options.outlet } } : {}),
    ...(options.language ? { language: options.language } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: articleListSelect,
      orderBy: [{ publishedSort: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip,
      take: options.pageSize,
    }),
  ]);
  return { total, entries: rows.map((article) => ({ article })) };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The choices of the library's outlet and language filters: only values that have articles. */
export async function listArticleFilters(db: Db): Promise<{ outlets: FilterOption[]; languages: FilterOption[]; totalArticles: number }> {
  const [outlets, languages, totalArticles] = await Promise.all([
    db.outlet.findMany({
      where: { articles: { some: {} } },
      select: { slug: true, name: true, _count: { select: { articles: true } } },
      orderBy: { name: "asc" },
    }),
    db.article.groupBy({ by: ["language"], where: { language: { not: null } }, _count: { _all: true }, orderBy: { language: "asc" } }),
    db.article.count(),
  ]);
  return {
    outlets: outlets.map((outlet) => ({ value: outlet.slug, label: outlet.name, count: outlet._count.articles })),
    languages: languages.flatMap((row) => (row.language ? [{ value: row.language, label: row.language, count: row._count._all }] : [])),
    totalArticles,
  };
}

const linkedArticleSelect = {
  id: true,
  headline: true,
  publishedSort: true,
  outlet: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

const articleDetailSelect = {
  id: true,
  contentHash: true,
  headline: true,
  headlineDerived: true,
  text: true,
  language: true,
  publishedAt: true,
  publishedPrecision: true,
  publishedSort: true,
  dateline: true,
  url: true,
  outletUnknown: true,
  wordCount: true,
  metadata: true,
  citedSources: true,
  credits: true,
  flags: true,
  rawInput: true,
  rawFormat: true,
  rawEncoding: true,
  sourceKind: true,
  sourceName: true,
  createdAt: true,
  outlet: { select: { slug: true, name: true, country: true, ownership: true, inGazetteer: true } },
  removedPieces: {
    select: { id: true, position: true, text: true, reason: true, detail: true, restored: true, restoredAt: true },
    orderBy: { position: "asc" },
  },
  copiedPassages: {
    select: {
      id: true,
      kind: true,
      start: true,
      end: true,
      removedPosition: true,
      sourceStart: true,
      sourceEnd: true,
      similarity: true,
      sourceArticle: { select: linkedArticleSelect },
    },
    orderBy: { start: "asc" },
  },
  // Internal repeats point at their own article: they are already in copiedPassages. A cross
  // copy may be stored once per side; present-article.ts drops the mirror.
  copiesElsewhere: {
    where: { kind: "cross" },
    select: { id: true, start: true, end: true, sourceStart: true, sourceEnd: true, similarity: true, article: { select: linkedArticleSelect } },
    orderBy: { sourceStart: "asc" },
  },
} satisfies Prisma.ArticleSelect;

export type ArticleDetailRecord = Prisma.ArticleGetPayload<{ select: typeof articleDetailSelect }>;

export async function getArticleDetail(db: Db, id: string): Promise<ArticleDetailRecord | null> {
  return db.article.findUnique({ where: { id }, select: articleDetailSelect });
}
