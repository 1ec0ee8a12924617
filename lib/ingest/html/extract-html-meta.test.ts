import { describe, expect, it } from "vitest";
import { extractHtmlMeta } from "./extract-html-meta.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";

// Page heads written for these tests, in the shapes CMSs produce.

function metaOf(html: string, url?: string) {
  const { document, jsonLd } = parseHtmlDocument(html);
  return extractHtmlMeta(document, jsonLd, url);
}

describe("extractHtmlMeta", () => {
  it("prefers Open Graph and article:* meta, and resolves a relative canonical link", () => {
    const facts = metaOf(
      `<html lang="fr"><head><meta property="og:site_name" content=" Agence  Exemple "><meta property="og:title" content="Un titre">
       <meta property="article:published_time" content="2023-05-02T08:00:00Z"><meta property="article:modified_time" content="2023-05-02T09:00:00Z">
       <meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Jeanne Durand">
       <link rel="canonical" href="../article-1.html"></head><body></body></html>`,
      "https://exemple.fr/monde/2023/page.html",
    );
    expect(facts).toEqual({
      meta: {
        publishedTime: "2023-05-02T08:00:00Z",
        modifiedTime: "2023-05-02T09:00:00Z",
        siteName: "Agence Exemple",
        lang: "fr",
        byline: "Jeanne Durand",
        canonicalUrl: "https://exemple.fr/monde/article-1.html",
      },
      headline: "Un titre",
    });
  });

  it("reads a NewsArticle inside a JSON-LD @graph, with several authors and a publisher object", () => {
    const facts = metaOf(`<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"Le titre JSON-LD",
      "datePublished":"2022-11-08T10:15:00+03:30","author":[{"name":"Ali Rezaei"},{"name":"Sara Karimi"}],
      "publisher":{"@type":"Organization","name":"IRNA"},"description":"Résumé."}]}</script></head><body></body></html>`);
    expect(facts).toEqual({
      meta: { publishedTime: "2022-11-08T10:15:00+03:30", siteName: "IRNA", byline: "Ali Rezaei, Sara Karimi", description: "Résumé." },
      headline: "Le titre JSON-LD",
    });
  });

  it("falls back to <time datetime> and ignores JSON-LD it cannot parse", () => {
    const facts = metaOf(`<html><head><script type="application/ld+json">{ not json</script></head>
      <body><article><time datetime="2021-01-05">5 janvier</time><p>Texte.</p></article></body></html>`);
    expect(facts).toEqual({ meta: { publishedTime: "2021-01-05" }, headline: undefined });
  });
});
