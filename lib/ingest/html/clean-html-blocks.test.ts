import { describe, expect, it } from "vitest";
import { cleanHtmlBlocks, judgeBlock } from "./clean-html-blocks.ts";
import { collectTextBlocks } from "./collect-text-blocks.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";

// Lines written for these tests, in the shapes chrome takes on news sites in several languages.

function blocksOf(html: string) {
  return collectTextBlocks(parseHtmlDocument(html).document.body!);
}

function judge(line: string, wrapper = "p") {
  const [block] = blocksOf(`<${wrapper}>${line}</${wrapper}>`);
  return judgeBlock(block!);
}

describe("judgeBlock", () => {
  it.each([
    ["Partager sur Facebook Twitter E-mail", "share-chrome"],
    ["Abonnez-vous à notre newsletter", "share-chrome"],
    ["Suivez-nous sur Telegram et Twitter", "share-chrome"],
    ["À lire aussi", "related-link"],
    ["Lesen Sie auch: Die Bahn streikt wieder", "related-link"],
    ["Related Coverage", "related-link"],
    ["Czytaj też: Wyścig zbrojeń ruszył z kopyta", "related-link"],
    ["Publié le 12 mars 2024 à 14h05", "html-boilerplate"],
    ["Aktualisiert: 03.04.2020, 12:35 Uhr", "html-boilerplate"],
    ["Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel", "html-boilerplate"],
    ["By Jane Doe", "html-boilerplate"],
    ["Par Claire Martin", "html-boilerplate"],
    ["Lesezeit: 4 Min.", "html-boilerplate"],
    ["Anzeige", "html-boilerplate"],
    ["© 2024 Le Quotidien du Golfe. Tous droits réservés.", "html-boilerplate"],
    ["Photo : AFP / Atta Kenare", "credit"],
    ["Getty Images", "credit"],
    ["Source : IRNA", "source-footer"],
    ["Tags: Iran, AIEA, nucléaire", "navigation"],
    ["Retour en haut de page", "navigation"],
    ["Leave a Reply", "share-chrome"],
    ["Nous utilisons des cookies pour améliorer votre expérience. Accepter", "share-chrome"],
  ])("cuts %j as %s", (line, reason) => {
    expect(judge(line)?.reason).toBe(reason);
  });

  it.each([
    "TÉHÉRAN (AFP) – Le gouvernement iranien a annoncé mardi un accord.",
    "Par ailleurs, le ministre a démissionné.",
    "Le vote aura lieu le 12 mars 2024.",
    "Termin: 29.02.2020, 19 Uhr",
    "By the end of the day, 40 people had been evacuated from the area.",
    "Photographs of the site show damage to the northern wall of the reactor building, according to the agency.",
    "The bill was passed on March 3, 2021, by a vote of 52 to 48 after a long debate in the Senate.",
    "— Jane Doe (@janedoe) January 24, 2020",
    "Le pétrole a atteint 90 dollars, selon Reuters.",
  ])("keeps %j", (line) => {
    expect(judge(line)).toBeNull();
  });

  it("reads class names as whole words at either end, not in the middle", () => {
    expect(blocksOf(`<div class="article-caption"><p>Le port de Bandar Abbas, en 2023.</p></div>`).map(judgeBlock)[0]?.reason).toBe("caption");
    expect(blocksOf(`<div class="has-sidebar-right"><p>Le port de Bandar Abbas, en 2023.</p></div>`).map(judgeBlock)[0]).toBeNull();
    expect(blocksOf(`<div class="no-caption"><p>Le port de Bandar Abbas, en 2023.</p></div>`).map(judgeBlock)[0]).toBeNull();
  });

  it("cuts lists of links but keeps a written-out address and link-rich prose", () => {
    const [menu] = blocksOf(`<ul><li><a href="/a">Politique</a> <a href="/b">Économie</a></li></ul>`);
    expect(judgeBlock(menu!)?.reason).toBe("related-link");
    const [address] = blocksOf(`<p><a href="http://www.openpetition.de">http://www.openpetition.de</a></p>`);
    expect(judgeBlock(address!)).toBeNull();
  });
});

describe("cleanHtmlBlocks", () => {
  it("drops a repeated headline and sweeps a related-articles section until prose resumes", () => {
    const blocks = blocksOf(`<h1>Grain deal extended for 120 days</h1>
      <p>Russia and Ukraine agreed on Saturday to extend the Black Sea grain deal for another 120 days, officials said.</p>
      <h3>Read more</h3><p><a href="/1">Wheat prices fall</a></p><p>Short teaser text</p>
      <p>Moscow had threatened to quit the deal over obstacles to its own exports, which it says persist despite assurances.</p>`);
    const { kept, removed } = cleanHtmlBlocks(blocks, { title: "Grain deal extended for 120 days" });
    expect(kept.map((block) => block.text.slice(0, 12))).toEqual(["Russia and U", "Moscow had t"]);
    expect(removed.map((piece) => [piece.text.slice(0, 12), piece.reason, piece.detail])).toEqual([
      ["Grain deal e", "html-boilerplate", "repeats the title"],
      ["Read more", "related-link", "related articles"],
      ["Wheat prices", "related-link", "link to another page"],
      ["Short teaser", "related-link", "related articles (section)"],
    ]);
  });
});
