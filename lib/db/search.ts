// Full-text search over articles, one function whichever the database: SQLite FTS5
// (search-sqlite.ts, prisma/migrations/*_article_search) or a PostgreSQL tsvector column
// (search-postgres.ts, prisma/migrations-postgresql/*_article_search). Same terms, same result shape.
import { dbProvider, type Db } from "./client.ts";
import { searchArticlesPostgres } from "./search-postgres.ts";
import { searchArticlesSqlite } from "./search-sqlite.ts";
import type { SearchArticlesOptions, SearchResults } from "./search-terms.ts";

export { parseSnippet } from "./search-terms.ts";
export type { SearchArticlesOptions, SearchHit, SearchResults, SnippetSegment } from "./search-terms.ts";

export async function searchArticles(db: Db, options: SearchArticlesOptions): Promise<SearchResults> {
  return dbProvider(db) === "postgresql" ? searchArticlesPostgres(db, options) : searchArticlesSqlite(db, options);
}
