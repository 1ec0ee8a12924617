import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-to-text.ts";

// Written for these tests: a wire story as an outlet's CMS might export it in Markdown.
const STORY = `# Grain deal extended for 120 days

*ISTANBUL, March 18* — Russia and Ukraine agreed to **extend** the [Black Sea grain deal](https://example.org/deal "deal"),
Turkish officials said. ![A cargo ship](https://example.org/ship.jpg)

## What changes

- exports continue from *three* ports
- inspections stay in Istanbul
  - joint teams of four parties

> "This is good news for the world," the UN said &amp; added more.

<div class="embed" onclick="steal()"><p>Embedded <b>note</b> from the desk.</p><script>alert(1)</script></div>

Prices fell <script>alert(2)</script> by 2% <img src=x onerror=alert(3)> on the news.

| Port | Ships |
|------|-------|
| Odesa | 12 |
`;

describe("markdownToText", () => {
  const text = markdownToText(STORY);

  it("gives one paragraph per block, headings and list items on their own, separated by a blank line", () => {
    expect(text.split("\n\n")).toEqual([
      "Grain deal extended for 120 days",
      "ISTANBUL, March 18 — Russia and Ukraine agreed to extend the Black Sea grain deal, Turkish officials said.",
      "What changes",
      "exports continue from three ports",
      "inspections stay in Istanbul",
      "joint teams of four parties",
      '"This is good news for the world," the UN said & added more.',
      "Embedded note from the desk.",
      "Prices fell by 2% on the news.",
      "Port | Ships",
      "Odesa | 12",
    ]);
  });

  it("never lets markup, script bodies or link targets through", () => {
    expect(text).not.toMatch(/<|>|alert|steal|onerror|https?:|ship\.jpg/);
  });

  it("returns an empty string for empty or blank input", () => {
    expect(markdownToText("")).toBe("");
    expect(markdownToText("  \n\n \t")).toBe("");
  });
});
