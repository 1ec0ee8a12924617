import { describe, expect, it } from "vitest";
import { extractHtmlArticle } from "./extract-html-article.ts";

// Pages written for these tests, built the way that makes Readability drop real text.

describe("recovery of text Readability drops", () => {
  it("puts back a standfirst kept in the article header", () => {
    const page = `<html><body><main><article>
      <header><h1>Le Parlement adopte la réforme des retraites</h1>
        <div class="teaser-wrap"><p class="article-intro">Après trois semaines de débats, les députés ont adopté le texte en première lecture, par 287 voix contre 252.</p></div></header>
      <div class="content"><div class="text">
        <p>Le vote s'est tenu tard dans la soirée, dans un hémicycle plein, après le rejet de la dernière motion déposée par l'opposition de gauche.</p>
        <p>Le texte repousse progressivement l'âge légal de départ à 64 ans et accélère l'allongement de la durée de cotisation exigée pour une pension complète.</p>
        <p>Les syndicats ont appelé à une nouvelle journée de mobilisation la semaine prochaine, la douzième depuis le début du mouvement en janvier.</p>
      </div></div></article></main></body></html>`;
    expect(extractHtmlArticle(page).paragraphs[0]).toBe("Après trois semaines de débats, les députés ont adopté le texte en première lecture, par 287 voix contre 252.");
  });

  it("keeps a recipe's ingredient list that sits between paragraphs Readability kept", () => {
    // Readability weighs "shopping" in a class name as a sign of an advert and drops the list.
    const page = `<html><body><div class="recipe">
      <p>Ce gâteau se prépare en vingt minutes et se garde trois jours dans une boîte en fer, à l'abri de la chaleur et de l'humidité.</p>
      <ul class="shopping-list"><li>200 g de farine</li><li>100 g de sucre</li><li>3 œufs</li></ul>
      <p>Mélangez la farine et le sucre, ajoutez les œufs un à un en fouettant, puis versez la pâte dans un moule beurré et enfournez quarante minutes.</p>
      <p>Laissez refroidir avant de démouler, puis saupoudrez de sucre glace au moment de servir avec une crème anglaise ou un coulis de fruits rouges.</p>
      <p>Pour une version sans gluten, remplacez la farine de blé par un mélange de farine de riz et de fécule, en gardant les mêmes proportions et la même cuisson.</p>
    </div></body></html>`;
    const paragraphs = extractHtmlArticle(page).paragraphs;
    expect(paragraphs.slice(0, 4)).toEqual([
      "Ce gâteau se prépare en vingt minutes et se garde trois jours dans une boîte en fer, à l'abri de la chaleur et de l'humidité.",
      "200 g de farine",
      "100 g de sucre",
      "3 œufs",
    ]);
  });
});
