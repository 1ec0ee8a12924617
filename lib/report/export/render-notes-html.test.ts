import { describe, expect, it } from "vitest";
import { renderNotesHtml } from "./render-notes-html.ts";

// The vectors of e2e/review-xss.spec.ts, through the report's Markdown renderer: nothing may come
// out as markup except the Markdown's own emphasis, paragraphs and http(s)/mailto links.
const VECTORS = [
  `<script>window.__xss = "script"; alert("script")</script>`,
  `<img src=x onerror="window.__xss = 'img'; alert('img')">`,
  `<svg onload="alert('svg')"><script>alert("svg-script")</script></svg>`,
  `[click me](javascript:alert('md-link'))`,
  `<a href="javascript:alert('raw-link')">raw link</a>`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `![pixel](https://tracker.example/pixel.png)`,
  `Checked against the **ministry** [release](https://example.org/release?a=1&b=2) and <mailto:desk@example.org>.`,
].join("\n\n");

describe("renderNotesHtml", () => {
  it("keeps emphasis and web links, and turns every script vector into text", () => {
    const html = renderNotesHtml(VECTORS);
    const tags = [...html.matchAll(/<([a-z]+)[\s>]/g)].map((match) => match[1]);
    expect(new Set(tags)).toEqual(new Set(["p", "span", "strong", "a"]));
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual(["https://example.org/release?a=1&amp;b=2", "mailto:desk@example.org"]);
    expect(html).toContain("&lt;script&gt;window.__xss");
    expect(html).toContain("<span>click me</span>");
    expect(html).not.toContain("tracker.example");
  });
});
