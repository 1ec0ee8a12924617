import { describe, expect, it } from "vitest";
import { collectTextBlocks } from "./collect-text-blocks.ts";
import { findPageDate } from "./find-page-date.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";

// Pages written for these tests in the shapes of real ones.

function blocksOf(html: string) {
  const body = parseHtmlDocument(html).document.body;
  return body ? collectTextBlocks(body) : [];
}

describe("findPageDate", () => {
  it("finds the heading inside a <title> that also names the site and section, and reads the byline under it", () => {
    const facts = Array.from({ length: 14 }, (_, index) => `<div class="fact">Fact ${index + 1}: value</div>`).join("");
    const blocks = blocksOf(`<html><body><h2>Harbour works to start in the spring</h2><div class="byline">By Ana Ruiz | 3 March 2021</div>
      ${facts}<p>The first paragraph of the story, long enough to be prose, tells what the harbour works are about and when.</p>
      <div class="box">Effective Date Saturday, July 25, 2020</div></body></html>`);
    const first = blocks.find((block) => block.text.startsWith("The first paragraph"))!.text;
    expect(findPageDate(blocks, "Port News - Local » Harbour works to start in the spring", first).published).toBe("By Ana Ruiz | 3 March 2021");
  });

  it("does not take a title segment too short to be a headline for the heading", () => {
    const blocks = blocksOf(`<html><body><h2>News</h2><div>Monday, 4 January 2021</div>
      ${Array.from({ length: 10 }, (_, index) => `<div>Item ${index}</div>`).join("")}<p>The first paragraph of the story, long enough to be prose.</p></body></html>`);
    expect(findPageDate(blocks, "Port News - News", "The first paragraph of the story, long enough to be prose.").published).toBeUndefined();
  });

  it("reads an author line just after the post only when nothing dates the page near its headline, and never a bare date there", () => {
    const body = Array.from({ length: 20 }, (_, index) => `<p>Paragraph ${index + 1} of the post, long enough to be prose for a reader.</p>`).join("");
    const withAuthor = blocksOf(`<html><body><h1>A weekend away</h1>${body}<div class="author">Posted by Jane Doe on May 3, 2019</div></body></html>`);
    expect(findPageDate(withAuthor, "A weekend away", "Paragraph 1 of the post, long enough to be prose for a reader.", "Paragraph 20 of the post, long enough to be prose for a reader.").published).toBe(
      "Posted by Jane Doe on May 3, 2019",
    );
    const bare = blocksOf(`<html><body><h1>A weekend away</h1>${body}<div>May 5, 2019</div></body></html>`);
    expect(findPageDate(bare, "A weekend away", "Paragraph 1 of the post, long enough to be prose for a reader.", "Paragraph 20 of the post, long enough to be prose for a reader.").published).toBeUndefined();
  });
});
