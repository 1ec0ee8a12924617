import { describe, expect, it } from "vitest";
import { collectTextBlocks } from "./collect-text-blocks.ts";
import { parseHtmlDocument } from "./parse-html-document.ts";
import { selectBodyBlocks } from "./select-body-blocks.ts";

// A page written for this test: the fallback must find the prose without Readability's help.
const PAGE = `<html><body>
  <div class="top"><a href="/">Accueil</a> <a href="/monde">Monde</a></div>
  <nav><ul><li><a href="/a">Politique</a></li><li><a href="/b">Sport</a></li></ul></nav>
  <div class="wrap">
    <div>Le conseil municipal a voté hier soir la rénovation complète de la gare centrale, un chantier de deux ans.</div>
    <div>Calendrier</div>
    <div>Les travaux commenceront en septembre, a précisé la mairie dans un communiqué publié ce matin.</div>
    <div class="comments-area"><div>Enfin ! Cela fait dix ans que nous attendons cette rénovation de la gare centrale.</div></div>
  </div>
  <footer><p>Mentions légales du site, conditions générales d'utilisation et politique de confidentialité des données.</p></footer>
</body></html>`;

describe("selectBodyBlocks", () => {
  it("keeps prose out of furniture and comments, and a short line between two prose blocks", () => {
    const blocks = collectTextBlocks(parseHtmlDocument(PAGE).document.body!);
    expect(selectBodyBlocks(blocks).map((block) => block.text)).toEqual([
      "Le conseil municipal a voté hier soir la rénovation complète de la gare centrale, un chantier de deux ans.",
      "Calendrier",
      "Les travaux commenceront en septembre, a précisé la mairie dans un communiqué publié ce matin.",
    ]);
  });
});
