import { describe, expect, it } from "vitest";
import { extractHtmlMeta } from "./extract-html-meta.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";

// Page heads written for these tests, in the shapes CMSs produce.

function metaOf(html: string, url?: string) {
  const { document, jsonLd, scripts } = parseHtmlDocument(html);
  return extractHtmlMeta(document, jsonLd, url, scripts);
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

  it("reads the other meta names CMSs give the publication date", () => {
    for (const [attribute, name] of [["name", "publication_date"], ["property", "og:pubdate"], ["name", "dc.date.created"], ["property", "article:published"], ["name", "originalpublicationdate"], ["name", "rnews:datepublished"]]) {
      const facts = metaOf(`<html><head><meta ${attribute}="${name}" content="2021-03-04T10:00:00Z"></head><body></body></html>`);
      expect(facts.meta.publishedTime, name).toBe("2021-03-04T10:00:00Z");
    }
  });

  it("reads itemprop=datePublished on any element, and a microformat's published stamp", () => {
    const span = metaOf(`<html><body><p>By Ana <span itemprop="datePublished" content="2021-06-07T09:30">7 June</span></p></body></html>`);
    expect(span.meta.publishedTime).toBe("2021-06-07T09:30");
    const text = metaOf(`<html><body><p>By Ana, <span itemprop="datePublished">June 7, 2021</span></p></body></html>`);
    expect(text.meta.publishedTime).toBe("June 7, 2021");
    const abbr = metaOf(`<html><body><div class="hentry"><abbr class="published" title="2021-06-07T09:30:00+02:00">7 June</abbr></div></body></html>`);
    expect(abbr.meta.publishedTime).toBe("2021-06-07T09:30:00+02:00");
  });

  it("takes JSON-LD dateCreated when the article states no datePublished, never its dateModified", () => {
    const facts = metaOf(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2021-02-03T10:00:00Z","dateModified":"2021-02-05T10:00:00Z"}</script></head><body></body></html>`);
    expect(facts.meta.publishedTime).toBe("2021-02-03T10:00:00Z");
    expect(facts.meta.modifiedTime).toBe("2021-02-05T10:00:00Z");
  });

  it("reads a publication stamp from the page's own script state, only when all its stamps name one day", () => {
    const one = metaOf(`<html><head><script>window.__STATE__={"review":{"id":"a1","publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-06T10:00:00Z"},
      "consumer":{"publishedDate":"2016-11-04T20:37:27Z"}}</script></head><body><p>Great service.</p></body></html>`);
    expect(one.meta.scriptPublished).toBe("2016-11-04T20:37:27Z");
    const many = metaOf(`<html><head><script>var feed=[{"datePublished":"2020-01-02T10:00:00Z"},{"datePublished":"2020-03-05T10:00:00Z"}]</script></head><body></body></html>`);
    expect(many.meta.scriptPublished).toBeUndefined();
  });
});
