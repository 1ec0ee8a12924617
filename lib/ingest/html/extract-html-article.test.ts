import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractHtmlArticle } from "./extract-html-article.ts";

// Every page below was written for these tests (no outlet published them); they copy the shape
// of real news pages: menus, share bars, captions, "read also" boxes, comments, hostile markup.

const FRENCH_NEWS_PAGE = `<!DOCTYPE html>
<html lang="fr-FR">
<head>
  <meta charset="utf-8">
  <title>Téhéran annonce un accord sur le nucléaire | Le Quotidien du Golfe</title>
  <meta property="og:site_name" content="Le Quotidien du Golfe">
  <meta property="og:title" content="Téhéran annonce un accord sur le nucléaire">
  <meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
  <meta name="description" content="L'Iran affirme avoir trouvé un terrain d'entente avec l'AIEA.">
  <link rel="canonical" href="/monde/teheran-accord-nucleaire">
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"LQG"},
    {"@type":"NewsArticle","headline":"Téhéran annonce un accord","datePublished":"2024-03-12T09:30:00+01:00",
     "dateModified":"2024-03-12T11:00:00+01:00","author":[{"@type":"Person","name":"Claire Martin"}],
     "publisher":{"@type":"Organization","name":"Le Quotidien du Golfe"}}]}</script>
  <script>window.tracker = "</div><p>pas du texte</p>";</script>
  <style>.x { color: red }</style>
</head>
<body>
  <header class="site-header">
    <nav class="main-menu"><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>
      <li><a href="/eco">Économie</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>Téhéran annonce un accord sur le nucléaire</h1>
      <p class="article-lead">L'Iran affirme avoir trouvé un terrain d'entente avec l'Agence internationale de l'énergie atomique, une annonce accueillie avec prudence par les capitales européennes.</p>
      <div class="article-body">
        <p class="byline">Par Claire Martin</p>
        <p>Publié le 12 mars 2024 à 09h30</p>
        <div class="share-bar"><a href="#">Partager</a> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="mailto:?">E-mail</a></div>
        <p>TÉHÉRAN (AFP) – Le gouvernement iranien a annoncé mardi la conclusion d'un accord avec l'Agence internationale de l'énergie atomique (AIEA) sur la surveillance de ses installations, selon l'agence officielle IRNA.</p>
        <figure><img src="x.jpg" onerror="alert('img')" alt=""><figcaption>Le ministre des Affaires étrangères à Téhéran, le 11 mars. © AFP / Atta Kenare</figcaption></figure>
        <p>« Nous avons fait un pas important », a déclaré le porte-parole de la diplomatie iranienne lors d'une conférence de presse, ajoutant que les inspecteurs pourraient revenir « dans les prochaines semaines ».</p>
        <p>Plusieurs diplomates européens ont toutefois appelé à la prudence, rappelant que de précédents engagements n'avaient pas été tenus. <a href="javascript:alert('lien')">Un lien piégé</a> ne doit pas passer.</p>
        <script>alert(1)</script>
        <div class="read-also"><p>À lire aussi</p><ul><li><a href="/a">Le pétrole iranien au plus haut</a></li><li><a href="/b">Sanctions : ce qui change</a></li></ul></div>
        <h2>Une surveillance renforcée</h2>
        <p>Selon le texte, les caméras de l'agence seraient réinstallées dans trois sites, dont celui de Natanz, et les données conservées sous scellés jusqu'à la levée des sanctions américaines.</p>
        <blockquote><p>« Ce n'est qu'une première étape », a réagi un responsable de l'agence à Vienne.</p></blockquote>
        <p>Newsletter : inscrivez-vous pour recevoir l'essentiel de l'actualité chaque matin.</p>
      </div>
      <section class="comments"><h3>3 commentaires</h3><p>Enfin une bonne nouvelle !</p></section>
    </article>
  </main>
  <footer class="site-footer"><p>© 2024 Le Quotidien du Golfe. Tous droits réservés.</p><p><a href="/mentions">Mentions légales</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>`;

describe("extractHtmlArticle on a French news page", () => {
  const result = extractHtmlArticle(FRENCH_NEWS_PAGE, { url: "https://lqg.example/monde/teheran-accord-nucleaire?x=1" });
  const text = result.paragraphs.join("\n");

  it("keeps the lead, the body paragraphs, the subheading and the quote in order", () => {
    const expected = [
      "L'Iran affirme avoir trouvé un terrain d'entente",
      "TÉHÉRAN (AFP) – Le gouvernement iranien",
      "« Nous avons fait un pas important »",
      "Plusieurs diplomates européens",
      "Une surveillance renforcée",
      "Selon le texte, les caméras",
      "« Ce n'est qu'une première étape »",
    ];
    const positions = expected.map((start) => result.paragraphs.findIndex((paragraph) => paragraph.startsWith(start)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("cuts chrome, and lists with a reason what it cut after Readability", () => {
    for (const chrome of ["Accueil", "Partager", "Facebook", "À lire aussi", "Le pétrole iranien", "Newsletter", "Enfin une bonne nouvelle", "Mentions légales", "Par Claire Martin", "Publié le 12 mars"]) {
      expect(text).not.toContain(chrome);
    }
    // First what our cleaning cut from Readability's article, then what Readability left outside
    // it (title, byline, share bar, "read also" box, comments), one piece per run of page blocks.
    // The menu and footer were cut before parsing and stay only in the raw input.
    expect(result.removed.map(({ text: piece, reason }) => [piece.slice(0, 30), reason])).toEqual([
      ["Publié le 12 mars 2024 à 09h30", "html-boilerplate"],
      ["Le ministre des Affaires étran", "caption"],
      ["Newsletter : inscrivez-vous po", "share-chrome"],
      ["Téhéran annonce un accord sur ", "html-boilerplate"],
      ["Par Claire Martin", "html-boilerplate"],
      ["Partager Facebook Twitter E-ma", "html-boilerplate"],
      ["À lire aussi\nLe pétrole iranie", "html-boilerplate"],
      ["3 commentaires\nEnfin une bonne", "html-boilerplate"],
    ]);
  });

  it("lets no markup, script or handler through", () => {
    for (const paragraph of [...result.paragraphs, ...result.removed.map((piece) => piece.text)]) {
      expect(paragraph).not.toMatch(/<|alert\(|javascript:|onerror|window\.tracker|color: red/);
    }
    expect(text).toContain("Un lien piégé ne doit pas passer.");
    expect(text).not.toContain("pas du texte");
  });

  it("collapses white space and decodes entities", () => {
    expect(result.paragraphs.every((paragraph) => paragraph === paragraph.replace(/\s+/g, " ").trim())).toBe(true);
    expect(extractHtmlArticle("<p>Tom &amp; Jerry&nbsp;&eacute;t&eacute; &#8212; &lt;b&gt;</p>").paragraphs).toEqual(["Tom & Jerry été — <b>"]);
  });

  it("reads title and publication facts from meta, JSON-LD and links", () => {
    expect(result.title).toBe("Téhéran annonce un accord sur le nucléaire");
    expect(result.meta).toEqual({
      publishedTime: "2024-03-12T09:30:00+01:00",
      modifiedTime: "2024-03-12T11:00:00+01:00",
      // the publication line printed under the headline, read from the page's own blocks
      printedDate: "Publié le 12 mars 2024 à 09h30",
      siteName: "Le Quotidien du Golfe",
      lang: "fr-FR",
      byline: "Claire Martin",
      canonicalUrl: "https://lqg.example/monde/teheran-accord-nucleaire",
      description: "L'Iran affirme avoir trouvé un terrain d'entente avec l'AIEA.",
    });
  });
});

describe("extractHtmlArticle on broken or empty input", () => {
  it("returns what it can from unclosed, misnested markup without throwing", () => {
    const broken = `<html><body><div class="story"><p>Premier paragraphe d'un article mal formé, où la balise n'est jamais fermée
      <p>Deuxième paragraphe : <b><i>gras et italique mal imbriqués</b></i>, puis une <table><tr><td>cellule orpheline
      <p>Troisième paragraphe qui suit une table jamais fermée, pour voir si le texte survit à tout cela.`;
    const result = extractHtmlArticle(broken);
    const text = result.paragraphs.join("\n");
    expect(text).toContain("Premier paragraphe d'un article mal formé");
    expect(text).toContain("gras et italique mal imbriqués");
    expect(text).toContain("Troisième paragraphe qui suit une table jamais fermée");
  });

  it("keeps text that comes before <body> or after </html>", () => {
    const result = extractHtmlArticle(`<!doctype html><title>T</title><p>Un paragraphe sans body, assez long pour être retenu comme texte de l'article par l'extracteur.</p></body></html><p>Et un second paragraphe égaré après la fin du document, lui aussi assez long pour compter.</p>`);
    expect(result.title).toBe("T");
    expect(result.paragraphs).toEqual([
      "Un paragraphe sans body, assez long pour être retenu comme texte de l'article par l'extracteur.",
      "Et un second paragraphe égaré après la fin du document, lui aussi assez long pour compter.",
    ]);
  });

  it("gives no paragraphs for an empty page, a page of chrome only, or plain nonsense", () => {
    expect(extractHtmlArticle("")).toEqual({ title: null, paragraphs: [], removed: [], meta: {} });
    expect(extractHtmlArticle("<html><head><title></title></head><body><nav><a href='/'>Home</a></nav><script>alert(1)</script></body></html>").paragraphs).toEqual([]);
    expect(extractHtmlArticle("<<<>>></p></div><!-- unterminated").paragraphs.join("")).not.toContain("<!--");
  });
});

describe("extractHtmlArticle on a page rendered by scripts", () => {
  it("takes the text from JSON-LD articleBody when the markup holds only a shell", () => {
    const page = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Séisme en Turquie",
      "articleBody":"Un séisme de magnitude 6,1 a frappé l'est de la Turquie dans la nuit de lundi à mardi, selon l'institut de sismologie.\\nLes secours ont été dépêchés dans plusieurs villages de la province de Malatya, où des bâtiments se sont effondrés.\\nAucun bilan n'était disponible dans l'immédiat, a indiqué le gouverneur de la province."}</script></head>
      <body><div id="app"><p>Chargement…</p></div><script>render()</script></body></html>`;
    const result = extractHtmlArticle(page);
    expect(result.title).toBe("Séisme en Turquie");
    expect(result.paragraphs).toHaveLength(3);
    expect(result.paragraphs[1]).toBe("Les secours ont été dépêchés dans plusieurs villages de la province de Malatya, où des bâtiments se sont effondrés.");
  });
});

describe("extractHtmlArticle on hostile input", () => {
  it("survives absurd nesting (Readability alone would take minutes on it)", () => {
    const deep = `<html><body>${"<div>".repeat(3000)}<p>Un paragraphe au fond de trois mille divisions imbriquées, qui doit rester lisible.</p>${"</div>".repeat(3000)}</body></html>`;
    expect(extractHtmlArticle(deep).paragraphs).toEqual(["Un paragraphe au fond de trois mille divisions imbriquées, qui doit rester lisible."]);
  });

  it("never throws and never lets a script body or a tag through, whatever the markup", () => {
    const pieces = fc.constantFrom("<p>", "</p>", "<div class='share'>", "</div>", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<a href='javascript:alert(3)'>lien</a>", "<!--", "-->", "<br>", "<table><tr><td>", "&amp;", "<style>p{}</style>", "</body></html>", "<html>", "Le texte continue ici, avec une phrase assez longue.", " ");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const result = extractHtmlArticle(parts.join(""));
        for (const paragraph of [...result.paragraphs, ...result.removed.map((piece) => piece.text)]) {
          expect(paragraph).not.toMatch(/alert\(|<\/?[a-z]|onerror|p\{\}/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("extractHtmlArticle on an English wire story", () => {
  const page = `<html lang="en"><head><meta property="og:site_name" content="Wire Example"><title>Grain deal extended - Wire Example</title></head><body>
    <div class="breadcrumb"><a href="/">Home</a> › <a href="/world">World</a></div>
    <article><h1>Grain deal extended</h1>
    <div class="story-body">
      <p>By John Smith</p>
      <p>ISTANBUL (Reuters) - Russia and Ukraine agreed on Saturday to extend a deal allowing grain exports through the Black Sea for another 120 days, Turkish officials said.</p>
      <p>Photo: Reuters/Umit Bektas</p>
      <p>The agreement, brokered by Turkey and the United Nations last July, has allowed more than 20 million tonnes of grain to leave Ukrainian ports.</p>
      <ul class="related-links"><li><a href="/x">Wheat prices fall on Black Sea news</a></li><li><a href="/y">Explainer: how the corridor works</a></li></ul>
      <p>Advertisement</p>
      <p>Moscow had threatened to quit the deal over obstacles to its own agricultural exports, which it says persist despite Western assurances.</p>
      <p>Reporting by John Smith; Editing by Jane Doe</p>
    </div></article></body></html>`;
  const result = extractHtmlArticle(page);

  it("keeps the wire story, dateline included, and cuts byline, credit, links and ad label", () => {
    expect(result.paragraphs[0]).toMatch(/^ISTANBUL \(Reuters\) - Russia and Ukraine agreed/);
    expect(result.paragraphs.some((paragraph) => paragraph.startsWith("Moscow had threatened"))).toBe(true);
    const text = result.paragraphs.join("\n");
    for (const chrome of ["By John Smith", "Photo: Reuters", "Wheat prices fall", "Advertisement", "World"]) expect(text).not.toContain(chrome);
    expect(result.removed.find((piece) => piece.text.startsWith("Photo:"))?.reason).toBe("credit");
    expect(result.meta.siteName).toBe("Wire Example");
    expect(result.meta.lang).toBe("en");
  });
});
