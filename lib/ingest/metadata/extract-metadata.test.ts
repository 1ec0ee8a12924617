import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanBlocks, segmentBlocks } from "../clean/clean-blocks.ts";
import { loadGazetteer } from "../outlets/gazetteer.ts";
import type { RawInput } from "../types.ts";
import { extractMetadata, type HtmlMeta } from "./extract-metadata.ts";

const SEEDS = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));
const gazetteer = loadGazetteer();

function run(text: string, extra: Partial<RawInput> = {}, html?: HtmlMeta) {
  const input: RawInput = { sourceKind: "paste", label: "test", text, format: "text", ...extra };
  const blocks = cleanBlocks(segmentBlocks(text), { format: "text" });
  const kept = blocks.filter((block) => block.kept).map((block) => block.text).join("\n\n");
  return { ...extractMetadata({ blocks, text: kept, input, html, gazetteer }), blocks, text: kept };
}

describe.skipIf(!existsSync(SEEDS))("extractMetadata on the seed articles (../shared/seeds)", () => {
  const seed = (file: string) => run(readFileSync(`${SEEDS}${file}`, "utf8"), { sourceKind: "file", label: file });

  it("000: no title, no outlet of its own; the month from the glued date line; IRNA cited", () => {
    const { metadata, citedSources } = seed("000_a7392bfecf3fe0bd.txt");
    expect(metadata.headline).toMatchObject({ inferred: true, method: "first-sentence" });
    expect(metadata.headline.value).toMatch(/^La Chine souhaite intégrer .* antiterroriste\.$/);
    // IRNA is only the agency a source spoke to: an inferred guess, never a settled outlet
    expect(metadata.outlet.value === null || metadata.outlet.inferred).toBe(true);
    expect(metadata.published.value).toEqual({ iso: "2019-06", precision: "month" });
    expect(metadata.published.evidence[0]).toMatchObject({ where: "removed", position: 0, quote: "date 2019-06" });
    expect(metadata.dateline.value).toBeNull();
    expect(metadata.language).toMatchObject({ value: "fr", method: "franc" });
    expect(citedSources.map((source) => source.name)).toEqual(["IRNA"]);
  });

  it("001: Mehr News cited with 'Selon l'agence iranienne', no outlet, no date", () => {
    const { metadata, citedSources, text } = seed("001_f28c37849755220d.txt");
    expect(metadata.outlet.value).toBeNull();
    expect(metadata.published.value).toBeNull();
    expect(citedSources).toHaveLength(1);
    const [mehr] = citedSources;
    expect(mehr).toMatchObject({ name: "Mehr News", kind: "agency" });
    expect(text.slice(mehr!.start, mehr!.end)).toBe(mehr!.quote);
    expect(mehr!.quote).toBe("Selon l’agence iranienne Mehr News");
  });

  it("002: the title line is the headline; the ministry and the expert are the sources", () => {
    const { metadata, citedSources } = seed("002_2e248bc0dc966fa8.txt");
    expect(metadata.headline).toMatchObject({ value: "EI : l'Irak reçoit des chefs militaires d'Iran, de Russie et de Syrie", inferred: false });
    expect(metadata.headline.evidence[0]).toMatchObject({ where: "text", start: 0 });
    expect(metadata.outlet.value).toBeNull();
    expect(metadata.dateline.value).toBeNull();
    expect(citedSources.map(({ name, kind }) => [name, kind])).toEqual([
      ["ministère de la Défense irakien", "official"],
      ["Hicham al-Hachemi", "person"],
    ]);
  });

  it("003: Press TV from the source footer; photo credits kept apart from the cited spokesman", () => {
    const { metadata, citedSources, credits } = seed("003_b719beed4ea8af72.txt");
    expect(metadata.headline.value).toBe("Le chef du Service des renseignements extérieurs russe à Téhéran");
    expect(metadata.outlet).toMatchObject({ value: { slug: "press-tv", name: "Press TV", known: true }, method: "source-footer", inferred: false });
    expect(metadata.outlet.evidence[0]).toMatchObject({ where: "removed", quote: "SOURCE: FRENCH PRESS TV" });
    expect(citedSources.map(({ name, kind }) => [name, kind])).toEqual([["Sergueï Ivanov", "official"]]);
    expect(credits.map((credit) => credit.name)).toEqual(["AFP", "Sputnik", "Tasnim"]);
  });

  it("004: Xinhua from site name and dateline, the minute from the publication line, SANA cited", () => {
    const { metadata, citedSources, text } = seed("004_f195220d0e5b627c.txt");
    expect(metadata.headline.value).toBe("La Syrie et l'Iran entendent renforcer leur coopération militaire");
    expect(metadata.outlet.value).toEqual({ slug: "xinhua", name: "Xinhua", known: true });
    expect(metadata.outlet.evidence.map((evidence) => evidence.where)).toEqual(["removed", "removed", "text"]);
    expect(metadata.published.value).toEqual({ iso: "2017-10-18T22:55", precision: "minute" });
    expect(metadata.dateline.value).toBe("DAMAS, 18 octobre (Xinhua)");
    const [evidence] = metadata.dateline.evidence;
    expect(text.slice(evidence!.start, evidence!.end)).toBe("DAMAS, 18 octobre (Xinhua)");
    expect(citedSources[0]).toMatchObject({ name: "SANA", kind: "agency" });
  });
});

// Fixtures below are written for these tests (not taken from any outlet).
describe("extractMetadata on written fixtures", () => {
  it("reads a Reuters English dispatch: dateline, outlet from the tag, 'told Reuters' and 'according to'", () => {
    const { metadata, citedSources } = run(
      [
        "Oil prices rise after Gulf tanker attack",
        "LONDON, June 13 (Reuters) - Oil prices rose on Thursday after two tankers were attacked in the Gulf of Oman, according to the Norwegian Maritime Authority.",
        '"Markets are nervous," an analyst at a London bank told Reuters. The Iranian Foreign Ministry said in a statement that Tehran had no part in the attack.',
      ].join("\n\n"),
    );
    expect(metadata.headline).toMatchObject({ value: "Oil prices rise after Gulf tanker attack", method: "title-line" });
    expect(metadata.dateline.value).toBe("LONDON, June 13 (Reuters)");
    expect(metadata.outlet).toMatchObject({ value: { slug: "reuters" }, method: "dateline-agency" });
    expect(metadata.published.value).toBeNull();
    expect(metadata.language.value).toBe("en");
    expect(citedSources.map(({ name, kind }) => [name, kind])).toEqual([
      ["Norwegian Maritime Authority", "organisation"],
      // the unnamed analyst is who told Reuters: both are sources, as "officials said" is
      ["analyst at a London bank", "other"],
      ["Reuters", "agency"],
      ["Iranian Foreign Ministry", "official"],
    ]);
  });

  it("reads AP and Xinhua English datelines with an em dash", () => {
    expect(run("WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill after a long debate.").metadata.dateline.value).toBe("WASHINGTON (AP)");
    const xinhua = run("BEIJING, Oct. 18 (Xinhua) — China is ready to expand military cooperation with Iran, the defense minister said.");
    expect(xinhua.metadata.dateline.value).toBe("BEIJING, Oct. 18 (Xinhua)");
    expect(xinhua.metadata.outlet.value?.slug).toBe("xinhua");
    expect(xinhua.metadata.headline).toMatchObject({ inferred: true });
    expect(xinhua.metadata.headline.value).toMatch(/^China is ready/);
  });

  it("prefers the user's hints, then the URL, and names an unknown outlet without inventing it", () => {
    const text = "The minister said on Monday that the talks would resume next week in Geneva.";
    expect(run(text, { outletHint: "Agence France-Presse", publishedHint: "2019-06-12", languageHint: "French" }).metadata).toMatchObject({
      outlet: { value: { slug: "afp", known: true }, method: "user" },
      published: { value: { iso: "2019-06-12", precision: "day" }, method: "user" },
      language: { value: "fr", method: "user" },
    });
    expect(run(text, { url: "https://french.xinhuanet.com/2017-10/18/c_136689731.htm" }).metadata.outlet).toMatchObject({ value: { slug: "xinhua" }, method: "url" });
    expect(run(text, { url: "https://www.example-news.org/a/1" }).metadata.outlet.value).toEqual({ slug: "example-news-org", name: "example-news.org", known: false });
    // a site running a wire dispatch is the publisher, not the agency in the dateline
    const dispatch = "PARIS (AFP) - The minister said on Monday that the talks would resume next week in Geneva.";
    expect(run(dispatch, { url: "https://www.example-news.org/a/2" }).metadata.outlet).toMatchObject({ value: { known: false }, method: "url" });
    expect(run(dispatch, {}, { canonicalUrl: "https://www.lemonde.fr/international/article/2019/06/12/x.html" }).metadata.outlet).toMatchObject({
      value: { slug: "le-monde" },
      method: "html-canonical-url",
    });
  });

  it("takes the HTML page's own facts when the text has none", () => {
    const { metadata } = run("The minister said on Monday that the talks would resume next week in Geneva.", {}, {
      publishedTime: "2019-06-12T08:30:00+02:00",
      siteName: "Al Jazeera English",
    });
    expect(metadata.published).toMatchObject({ value: { iso: "2019-06-12T08:30", precision: "minute" }, method: "html-meta" });
    expect(metadata.outlet).toMatchObject({ value: { slug: "al-jazeera" }, method: "html-site-name" });
  });

  it("credits photo agencies from captions and never cites them", () => {
    const { credits, citedSources } = run(
      "Un titre sur la visite du ministre\n\nLe ministre salue la foule à Bagdad. (Photo: Reuters)\n\nLe ministre est arrivé samedi à Bagdad pour une visite de deux jours, selon la télévision irakienne.",
    );
    expect(credits.map((credit) => credit.name)).toEqual(["Reuters"]);
    expect(citedSources.map((source) => source.name)).toEqual(["télévision irakienne"]);
  });
});
