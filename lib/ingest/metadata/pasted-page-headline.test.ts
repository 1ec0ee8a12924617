import { describe, expect, it } from "vitest";
import { ingestArticle } from "../ingest-article.ts";
import { loadGazetteer } from "../outlets/gazetteer.ts";

// Whole web pages selected and copied in a browser, then pasted: the menus, the site's name, the
// byline and the share line come along. Phrasings written for these tests in the style of such pages.
const gazetteer = loadGazetteer();
const paste = (text: string) => ingestArticle({ input: { sourceKind: "paste", label: "pasted page", text, format: "text" }, gazetteer });

const BODY = [
  "The harbour authority of Port Elmwood said on Tuesday it would close the northern container terminal for three weeks while engineers replace two cranes damaged in last month's storm.",
  "Shipping lines were told to divert their vessels to the southern quay, where the authority expects waiting times of up to two days, a spokeswoman for the harbour authority said.",
  "The crane replacement will cost about 14 million dollars, paid for by the port's insurers.",
].join("\n\n");

describe("the headline of a page pasted as text", () => {
  it("is the title line above the body, not the menu lines and site notices above it", () => {
    const text = `Business
Markets
World News
Got a news tip?
Advertise with us

Harbour Herald

Port Elmwood shuts northern container terminal for crane repairs

By Dana Whitlow
Share this article

${BODY}`;
    const article = paste(text);
    expect(article.metadata.headline).toMatchObject({ value: "Port Elmwood shuts northern container terminal for crane repairs", inferred: false });
    expect(article.text.startsWith("Port Elmwood shuts northern container terminal")).toBe(true);
  });

  it("is the title line even when a cookie notice written as a sentence stands above it", () => {
    const text = `We use cookies and similar technologies to improve your experience on our site, show you personalised content and analyse our traffic.
Accept all
Settings

World
Politics

Port Elmwood shuts northern container terminal for crane repairs

${BODY}`;
    expect(paste(text).metadata.headline).toMatchObject({ value: "Port Elmwood shuts northern container terminal for crane repairs", inferred: false });
  });

  it("keeps the first line as the headline of a plain article with a title line", () => {
    const text = `Port Elmwood shuts northern container terminal for crane repairs\n\n${BODY}`;
    expect(paste(text).metadata.headline).toMatchObject({ value: "Port Elmwood shuts northern container terminal for crane repairs", method: "title-line" });
  });

  it("is the title, not the longer standfirst under it that repeats more of the lead's words", () => {
    const text = `Port Elmwood closes a terminal

For three weeks, the harbour authority of Port Elmwood will divert vessels from its northern container terminal while cranes are replaced

${BODY}`;
    expect(paste(text).metadata.headline).toMatchObject({ value: "Port Elmwood closes a terminal", inferred: false });
  });

  it("is the title above its standfirst on a page with menus too", () => {
    const text = `Home
Business
Markets
Share this article

Port Elmwood closes a terminal

For three weeks, the harbour authority of Port Elmwood will divert vessels from its northern container terminal while cranes are replaced

${BODY}`;
    expect(paste(text).metadata.headline).toMatchObject({ value: "Port Elmwood closes a terminal", inferred: false });
  });

  it("may open with a brand in camel case, a Spanish question mark or a tag in brackets", () => {
    const menus = "Home\nBusiness\nMarkets\nShare this article\n\n";
    for (const title of ["eBay sellers at Port Elmwood face container delays", "¿Cuánto costará cerrar la terminal norte de Port Elmwood?", "[Update] Port Elmwood shuts northern container terminal"]) {
      expect(paste(`${menus}${title}\n\n${BODY}`).metadata.headline).toMatchObject({ value: title, inferred: false, method: "title-line" });
    }
  });
});
