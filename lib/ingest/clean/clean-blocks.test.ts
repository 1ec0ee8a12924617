import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Block } from "../types.ts";
import { cleanBlocks, segmentBlocks } from "./clean-blocks.ts";

const SEEDS = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));

function clean(text: string): Block[] {
  return cleanBlocks(segmentBlocks(text), { format: "text" });
}

function removed(blocks: Block[]): Array<[string, string | undefined]> {
  return blocks.filter((block) => !block.kept).map((block) => [block.text, block.reason]);
}

function kept(blocks: Block[]): string[] {
  return blocks.filter((block) => block.kept).map((block) => block.text);
}

describe.skipIf(!existsSync(SEEDS))("cleanBlocks on the seed articles (../shared/seeds)", () => {
  const seed = (prefix: string) => clean(readFileSync(`${SEEDS}${prefix}`, "utf8"));

  it("000: splits the glued 'date 2019-06' line from the first sentence", () => {
    const blocks = seed("000_a7392bfecf3fe0bd.txt");
    expect(removed(blocks)).toEqual([["date 2019-06", "metadata-line"]]);
    expect(kept(blocks)[0]).toMatch(/^La Chine souhaite intégrer .* lutte antiterroriste\.$/);
    expect(kept(blocks)).toHaveLength(11);
  });

  it("001: drops only the lone 'source' footer", () => {
    const blocks = seed("001_f28c37849755220d.txt");
    expect(removed(blocks)).toEqual([["source", "source-footer"]]);
    expect(kept(blocks)).toHaveLength(9);
  });

  it("002: drops the menu and the truncated repeat of the first paragraph, keeps the title", () => {
    const blocks = seed("002_2e248bc0dc966fa8.txt");
    const repeat = blocks.at(-1)!;
    expect(removed(blocks).slice(0, 3)).toEqual([
      ["Rechercher", "navigation"],
      ["Rechercher", "navigation"],
      ["Dernières Infos", "navigation"],
    ]);
    expect(repeat).toMatchObject({ kept: false, reason: "repeated-paragraph" });
    expect(repeat.text.endsWith("...")).toBe(true);
    expect(kept(blocks)[0]).toBe("EI : l'Irak reçoit des chefs militaires d'Iran, de Russie et de Syrie");
    expect(kept(blocks)[1]).toMatch(/^De hauts commandants militaires russes/);
    expect(kept(blocks)).toHaveLength(4);
  });

  it("003: drops page chrome, three photo captions (one in English) and the source footer", () => {
    const blocks = seed("003_b719beed4ea8af72.txt");
    expect(removed(blocks).map(([text, reason]) => [text.slice(0, 30), reason])).toEqual([
      ["TV", "navigation"],
      ["Infos / A La Une / Iran / Euro", "navigation"],
      ["US Rep. Ilhan Omar (D-MN) (L) ", "caption"],
      ["Les soldats syriens déployés à", "caption"],
      ["La rencontre du président du P", "caption"],
      ["Partager Cet Article", "share-chrome"],
      ["SOURCE: FRENCH PRESS TV", "source-footer"],
    ]);
    expect(kept(blocks)[0]).toBe("Le chef du Service des renseignements extérieurs russe à Téhéran");
    // NBSP and double spaces inside the paragraph become single spaces, the words stay
    expect(kept(blocks).join(" ")).toContain("Le porte-parole de M. Narychkine, Sergueï Ivanov a commenté mercredi");
    expect(kept(blocks)).toHaveLength(6);
  });

  it("004: drops site name, publication line, tools, links to other articles and junk digits", () => {
    const blocks = seed("004_f195220d0e5b627c.txt");
    expect(removed(blocks)).toEqual([
      ["french.xinhuanet.com", "metadata-line"],
      ["Publié le 2017-10-18 à 22:55 | french.xinhuanet.com", "metadata-line"],
      ["Taille du Texte", "share-chrome"],
      ["T+ | T-", "share-chrome"],
      ["RSS", "share-chrome"],
      ["Partager", "share-chrome"],
      ["Une semaine d'actualités en images (du 9 au 15 octobre 2017)", "related-link"],
      ["L'ancien président irakien Jalal Talabani est décédé", "related-link"],
      ["010020070770000000000000011199231366897371", "junk-digits"],
    ]);
    expect(kept(blocks)[1]).toMatch(/^DAMAS, 18 octobre \(Xinhua\) -- Le chef d'état-major/);
    expect(kept(blocks)).toHaveLength(11);
  });
});

// Fixtures below are written for these tests (not taken from any outlet).
describe("cleanBlocks on written fixtures", () => {
  it("cleans an English wire page: menu, byline, dateline kept, caption, credits, related links", () => {
    const page = [
      "Skip to main content\nMenu\nWorld",
      "U.S. troops to stay in Syria, Pentagon says",
      "By Jane Doe\nPublished: Oct. 18, 2017 10:55 PM\nShare this article",
      "WASHINGTON (Reuters) - The United States will keep troops in Syria for now, the Pentagon said on Wednesday.",
      "Soldiers patrol a street near Deir ez-Zor. REUTERS/John Smith",
      '"We are not leaving," a spokesman told Reuters. The decision follows weeks of talks with allies in the region.',
      "Reporting by Jane Doe; Editing by John Roe",
      "Related",
      "Syria talks stall in Geneva\nIran hails ties with Damascus",
    ].join("\n\n");
    const blocks = clean(page);
    expect(removed(blocks)).toEqual([
      ["Skip to main content", "navigation"],
      ["Menu", "navigation"],
      ["World", "navigation"],
      ["By Jane Doe", "metadata-line"],
      ["Published: Oct. 18, 2017 10:55 PM", "metadata-line"],
      ["Share this article", "share-chrome"],
      ["Soldiers patrol a street near Deir ez-Zor. REUTERS/John Smith", "caption"],
      ["Reporting by Jane Doe; Editing by John Roe", "source-footer"],
      ["Related", "related-link"],
      ["Syria talks stall in Geneva", "related-link"],
      ["Iran hails ties with Damascus", "related-link"],
    ]);
    expect(kept(blocks)[0]).toBe("U.S. troops to stay in Syria, Pentagon says");
    expect(kept(blocks)).toHaveLength(3);
  });

  it("keeps key points under a headline and a subtitle: they touch no chrome", () => {
    const page = [
      "Final evacuations resume after the attacks",
      "Evacuations from the airport enter their final stage after twin bomb attacks",
      "Ninety people have been killed, most of them civilians",
      "The government says it is entering the final stage of its evacuation on Friday, with a thousand people leaving today.",
    ].join("\n");
    expect(kept(clean(page))).toHaveLength(4);
  });

  it("never takes a sentence for chrome because it contains a chrome word", () => {
    const prose = "Les deux pays veulent partager leurs renseignements, a indiqué le ministre sur une photo publiée samedi.";
    const long = `${"Le ministre a parlé longtemps devant la presse. ".repeat(4)}Il a répondu aux questions. (AFP photo)`;
    const dated = "Le 18 octobre 2017, la Chine a lancé un nouveau programme de coopération.";
    expect(kept(clean([prose, long, dated].join("\n\n")))).toEqual([prose, long, dated]);
  });

  it("removes a caption credited with a slash or a copyright sign, and keeps the credit-free paragraph", () => {
    const blocks = clean("Le texte commence ici, avec une phrase complète et un verbe.\n\nUn soldat à Deir ez-Zor./Sputnik\n\nLa rencontre de 2013. ©Tasnim/archives");
    expect(removed(blocks).map(([, reason]) => reason)).toEqual(["caption", "caption"]);
  });

  it("joins a dateline left on its own line to its paragraph", () => {
    expect(kept(clean("Un titre pour l'article du jour\nPARIS (Reuters) -\nLe gouvernement a annoncé lundi un plan d'aide aux banques."))).toEqual([
      "Un titre pour l'article du jour",
      "PARIS (Reuters) - Le gouvernement a annoncé lundi un plan d'aide aux banques.",
    ]);
  });

  it("splits a publication label glued to the body, and never a sentence that starts with a date", () => {
    const blocks = clean("Publié le 18 octobre 2017 à 22h55 La Chine souhaite rejoindre le centre.");
    expect(removed(blocks)).toEqual([["Publié le 18 octobre 2017 à 22h55", "metadata-line"]]);
    expect(kept(blocks)).toEqual(["La Chine souhaite rejoindre le centre."]);
  });

  it("handles a 5 MB single line without recursion or regex blow-up", () => {
    const line = "La Chine souhaite intégrer le centre\u00a0d'échange. ".repeat(100_000);
    const blocks = clean(line);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.kept).toBe(true);
    expect(blocks[0]!.text).not.toContain("\u00a0");
  });
});

describe("segmentBlocks", () => {
  it("strips the BOM, splits on blank lines and on separate lines, and normalises odd spaces only", () => {
    expect(segmentBlocks("\uFEFFTitre\nRechercher\n\n« Bonjour\u202F», dit-il.\u00a0 Fin.\r\n")).toEqual(["Titre", "Rechercher", "« Bonjour », dit-il. Fin."]);
  });

  it("joins a sentence broken before a lower-case word, and hard-wrapped lines", () => {
    expect(segmentBlocks("The Republican\nparty said so.")).toEqual(["The Republican party said so."]);
    const wrapped = "Les commandants militaires irakiens, syriens et\niraniens se réunissent régulièrement pour parler\nde la sécurité régionale et de leur coopération\ndans la lutte contre le terrorisme.";
    expect(segmentBlocks(wrapped)).toHaveLength(1);
  });
});
