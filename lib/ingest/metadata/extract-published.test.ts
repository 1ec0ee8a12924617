import { describe, expect, it } from "vitest";
import { ingestArticle } from "../ingest-article.ts";
import { loadGazetteer } from "../outlets/gazetteer.ts";
import type { InputFormat } from "../types.ts";

// Phrasings written for these tests in the shapes news pages print: bylines, page furniture,
// URLs, and the dates that are not the publication date (body, comments, related lists).

const gazetteer = loadGazetteer();
const BODY_EN =
  "The finance ministers of the region met on Tuesday to discuss the budget for the coming year, and agreed on a common line after a long night.\n\n" +
  "The talks lasted for several hours and ended with a joint statement signed by all the delegations present in the capital.";
const BODY_FR =
  "Les ministres des Finances de la région se sont réunis mardi pour discuter du budget de l'année prochaine et ont adopté une ligne commune.\n\n" +
  "Les discussions ont duré plusieurs heures et se sont terminées par une déclaration commune signée par toutes les délégations.";

function published(text: string, options: { format?: InputFormat; url?: string } = {}) {
  const { format = "text", url } = options;
  return ingestArticle({ input: { sourceKind: url ? "url" : "paste", label: "test", text, format, url }, gazetteer }).metadata.published;
}

describe("publication date from pasted text", () => {
  it("reads a year-first date line with its time", () => {
    expect(published(`Ministers agree a budget line\n\n2019/12/19 | 01:45\n\n${BODY_EN}`).value).toEqual({ iso: "2019-12-19T01:45", precision: "minute" });
  });

  it("reads the date in a byline, English and French", () => {
    const article = ingestArticle({ input: { sourceKind: "paste", label: "test", text: `Ministers agree a budget line\n\nBy Jane Smith | 28 April, 2017\n\n${BODY_EN}`, format: "text" }, gazetteer });
    expect(article.metadata.published.value).toEqual({ iso: "2017-04-28", precision: "day" });
    const evidence = article.metadata.published.evidence[0]!;
    const holder = evidence.where === "removed" ? article.blocks[evidence.position!]!.text : article.text;
    expect(holder.slice(evidence.start, evidence.end)).toBe("By Jane Smith | 28 April, 2017");
    expect(published(`Ministers agree a budget line\n\nPosted on Wednesday, October 16, 2019 by Jane Smith\n\n${BODY_EN}`).value).toEqual({ iso: "2019-10-16", precision: "day" });
    const french = published(`Les ministres adoptent une ligne commune\n\npar Florence Martin, le 15 septembre 2009\n\n${BODY_FR}`);
    expect(french.value).toEqual({ iso: "2009-09-15", precision: "day" });
    expect(french.evidence[0]?.quote).toContain("15 septembre 2009");
    expect(french.inferred).toBe(false);
  });

  it("reads a date line the cleaner took for a breadcrumb", () => {
    const field = published(`Ministers agree a budget line\n\nBy Jane Smith\n\nMarch 12, 2024 / 10:42 AM / Updated 2 hours ago\n\n${BODY_EN}`);
    expect(field.value).toEqual({ iso: "2024-03-12", precision: "day" });
    expect(field.evidence[0]).toMatchObject({ where: "removed", position: 2 });
  });

  it("reads the date line just above the body even when the cleaner took it for a related link", () => {
    const menu = ["News", "Sports", "Opinion", "Obituaries", "Subscribe", "Log in"].join("\n\n");
    const text = `${menu}\n\nMinisters agree a budget line\n\nMaria Rossi, The Associated Press\n\nSaturday\n\nMay 16, 2020 at 9:51 AM May 16, 2020 at 10:12 AM\n\n${BODY_EN}`;
    expect(published(text).value?.iso.slice(0, 10)).toBe("2020-05-16");
  });

  it("of two bare date lines near the body, takes the one just above it, not the header's date of the day", () => {
    const text = `October 12, 2021\n\nSearch for:\n\nMinisters agree a budget line\n\nAug 14, 2021 2:30 pm\n\n${BODY_EN}`;
    expect(published(text).value?.iso.slice(0, 10)).toBe("2021-08-14");
  });

  it("falls back on the update line printed near the body when nothing else dates the text, flagged inferred", () => {
    const field = published(`Ministers agree a budget line\n\nJessica Doe\n\nUpdated Mar 12, 2021 @ 10:42 am\n\n${BODY_EN}`);
    expect(field.value?.iso.slice(0, 10)).toBe("2021-03-12");
    expect(field.inferred).toBe(true);
  });

  it("reads a French publication line with a two-digit year", () => {
    const field = published(`Les ministres adoptent une ligne commune\n\nPar Claire Dumas\n\nPublié le 02/11/23 à 16h33\n\n${BODY_FR}`);
    expect(field.value).toEqual({ iso: "2023-11-02T16:33", precision: "minute" });
  });

  it("reads an author's name and date printed just above the body, and not a name line further up", () => {
    expect(published(`Ministers agree a budget line\n\nJanet Holm 9:46 am Sat Dec 12, 2020\n\n${BODY_EN}`).value?.iso.slice(0, 10)).toBe("2020-12-12");
    const further = `Janet Holm 9:46 am Sat Dec 12, 2020\n\nMinisters agree a budget line\n\nA short standfirst on the talks\n\n${BODY_EN}`;
    expect(published(further).value).toBeNull();
  });

  it("prefers the first publication over an update printed above it", () => {
    const field = published(`Les ministres adoptent une ligne commune\n\nMis à jour le 16/03/2023 à 08h00\n\nPublié le 15/03/2023 à 10h12\n\n${BODY_FR}`);
    expect(field.value).toEqual({ iso: "2023-03-15T10:12", precision: "minute" });
  });

  it("on a whole page pasted, reads the date line near the body, not the header's date of the day nor the side boxes'", () => {
    const menu = ["Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Culture", "Travel", "Opinion", "Video", "Podcasts", "Newsletters", "Events", "Jobs", "Subscribe", "Sign in"];
    const sideBox = ["Most read", "Storm closes the northern ports", "February 18, 2020", "Rail strike enters its second week", "February 21, 2020"];
    const text = ["Wednesday, August 19, 2020", ...menu, "Ministers agree a budget line", "March 12, 2020", BODY_EN, "Share this article", ...sideBox].join("\n\n");
    expect(published(text).value).toEqual({ iso: "2020-03-12", precision: "day" });
    const withoutItsOwnDate = ["Wednesday, August 19, 2020", ...menu, "Ministers agree a budget line", BODY_EN, "Share this article", "Comments", "Reader one", "Reader two", "Reader three", "Reader four", ...sideBox].join("\n\n");
    expect(published(withoutItsOwnDate).value).toBeNull();
  });

  it("abstains on a date in the body about another event, and on a copyright year", () => {
    expect(published(`Ministers agree a budget line\n\n${BODY_EN}\n\nThe previous meeting, on 12 March 2016, had ended without agreement.`).value).toBeNull();
    expect(published(`Ministers agree a budget line\n\n${BODY_EN}\n\n© 2020 Example News. All rights reserved.`).value).toBeNull();
  });
});

const paragraphs = (body: string) =>
  body
    .split("\n\n")
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join("");

function page({ head = "", beforeBody = "", afterBody = "" }: { head?: string; beforeBody?: string; afterBody?: string }, body = BODY_EN) {
  return `<html lang="en"><head><title>Ministers agree a budget line</title>${head}</head><body>
    <header><a href="/">Example News</a></header>
    <article><h1>Ministers agree a budget line</h1>${beforeBody}${paragraphs(body)}${paragraphs(body.replace(/The /g, "Then the "))}</article>
    ${afterBody}</body></html>`;
}

describe("publication date from an HTML page", () => {
  it("takes the full date in the page's address when the page states none", () => {
    const field = published(page({}), { format: "html", url: "https://news.example.org/2019/08/02/ministers-agree-budget/" });
    expect(field.value).toEqual({ iso: "2019-08-02", precision: "day" });
    expect(field.evidence[0]).toMatchObject({ where: "url", quote: "/2019/08/02/" });
  });

  it("trusts the address's day over a UTC meta time that crossed midnight", () => {
    const head = `<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">`;
    const field = published(page({ head }), { format: "html", url: "https://news.example.org/2023/11/08/ministers-agree-budget/" });
    expect(field.value?.iso.slice(0, 10)).toBe("2023-11-08");
  });

  it("tries the next meta date when the first one names only a year (a cited reference's itemprop)", () => {
    const head = `<meta name="dc.date" content="2017-01-30">`;
    const beforeBody = `<div itemscope itemtype="https://schema.org/ScholarlyArticle"><meta itemprop="datePublished" content="1988"></div>`;
    expect(published(page({ head, beforeBody }), { format: "html" }).value).toEqual({ iso: "2017-01-30", precision: "day" });
  });

  it("reads datePublished from a JSON-LD WebPage and compact ISO stamps", () => {
    const webPage = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","datePublished":"2018-06-07T10:13:17+00:00","dateModified":"2019-12-01T19:06:47+00:00"}</script>`;
    expect(published(page({ head: webPage }), { format: "html" }).value?.iso.slice(0, 10)).toBe("2018-06-07");
    const stamp = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"20200516T14:51:53Z"}</script>`;
    expect(published(page({ head: stamp }), { format: "html" }).value?.iso.slice(0, 10)).toBe("2020-05-16");
  });

  it("reads the byline date printed under the headline, not the dates of related links or comments", () => {
    const beforeBody = `<div class="byline">Par Florence Martin, le 15 septembre 2009</div>`;
    const afterBody = `<aside class="related"><ul><li><a href="/a">Un autre sujet</a> 18/02/2020</li><li><a href="/b">Encore un</a> 21/02/2020</li></ul></aside>
      <section class="comments"><div class="comment">Jacques Le 13 septembre 2019 à 22:30</div><p>Très juste.</p></section>`;
    const article = ingestArticle({ input: { sourceKind: "paste", label: "test", text: page({ beforeBody, afterBody }, BODY_FR), format: "html" }, gazetteer });
    const field = article.metadata.published;
    expect(field.value).toEqual({ iso: "2009-09-15", precision: "day" });
    // the evidence points at the piece ingest removed (or kept), where the reviewer can see it
    const evidence = field.evidence[0]!;
    expect(evidence.quote).toBe("Par Florence Martin, le 15 septembre 2009");
    const holder = evidence.where === "removed" ? article.blocks[evidence.position!]!.text : article.text;
    expect(holder.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it("reads a <time> run together with the page's counters under the headline", () => {
    const html = `<html lang="de"><head><title>Ein Wochenende im Wendland</title></head><body>
      <h1>Ein Wochenende im Wendland</h1><header><time>Published on August 19, 2019</time><time>August 19, 2019</time> • 319 Likes • 160 Comments</header>
      ${paragraphs(BODY_EN)}${paragraphs(BODY_EN.replace(/The /g, "Then the "))}</body></html>`;
    expect(published(html, { format: "html" }).value).toEqual({ iso: "2019-08-19", precision: "day" });
  });

  it("abstains when the only dates on the page are those of its comments", () => {
    const afterBody = `<section id="comments"><div class="comment-meta">Claire August 06, 2019 4:14 pm</div><p>Great piece, thanks.</p>
      <div class="comment-meta">Michael August 07, 2019 2:42 am</div><p>I disagree.</p></section>`;
    expect(published(page({ afterBody }), { format: "html" }).value).toBeNull();
  });

  it("reads the page's script state when it is the only statement of the date, and marks where it came from", () => {
    const head = `<script>window.__STATE__={"review":{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-06T10:00:00Z"}}</script>`;
    const field = published(page({ head }), { format: "html" });
    expect(field.value?.iso.slice(0, 10)).toBe("2016-11-04");
    expect(field.method).toBe("script-date");
    expect(field.evidence[0]).toMatchObject({ where: "html-meta", quote: "2016-11-04T20:37:27Z" });
  });

  it("reads the author line a blog prints after the post, under a <title> that holds the site's name", () => {
    const html = `<html lang="de"><head><title>Beispiel e.V. - Neuigkeiten » Ein Wochenende im Wendland</title></head><body>
      <div class="headline"><h2>Ein Wochenende im Wendland</h2></div>
      <div class="content">${Array.from({ length: 8 }, (_, index) => paragraphs(BODY_EN.replace(/The /g, `In part ${index + 1}, the `))).join("")}</div>
      <div class="author">Author: <a href="/profile/58"><b>Bo2</b></a> am 03.12.2010, 13:36 Uhr</div>
      <section class="comments"><div>#1 von Tobi 05.12.2010 - 22:40</div><p>Gut gemacht.</p></section></body></html>`;
    expect(published(html, { format: "html" }).value?.iso.slice(0, 10)).toBe("2010-12-03");
  });
});

