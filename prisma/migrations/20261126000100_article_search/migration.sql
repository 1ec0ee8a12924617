-- Full-text search over headline + text (SQLite FTS5). Only lib/db/search.ts queries it, so a
-- PostgreSQL deployment swaps this migration for a tsvector column without touching callers.
-- The table keeps its own copy keyed by article id: Article has a TEXT primary key, and an
-- external-content FTS table keyed on the implicit rowid would break after a VACUUM.
CREATE VIRTUAL TABLE "article_search" USING fts5(
    article_id UNINDEXED,
    headline,
    text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "articles_search_insert" AFTER INSERT ON "articles" BEGIN
    INSERT INTO "article_search" (article_id, headline, text) VALUES (new.id, new.headline, new.text);
END;

CREATE TRIGGER "articles_search_update" AFTER UPDATE OF headline, text ON "articles" BEGIN
    DELETE FROM "article_search" WHERE article_id = old.id;
    INSERT INTO "article_search" (article_id, headline, text) VALUES (new.id, new.headline, new.text);
END;

CREATE TRIGGER "articles_search_delete" AFTER DELETE ON "articles" BEGIN
    DELETE FROM "article_search" WHERE article_id = old.id;
END;
