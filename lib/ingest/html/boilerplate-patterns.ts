// Words that mark page chrome, in the languages of the outlets we compare (EN, FR) and of the
// benchmark pages (DE, ES, IT, PL, PT, NL). Each pattern reads a short block or a class/id name;
// none is keyed on a particular site.
import type { RemovalReason } from "../types.ts";

export type ChromeReason = Extract<RemovalReason, "html-boilerplate" | "caption" | "credit" | "related-link" | "share-chrome" | "navigation">;

export interface TextRule {
  reason: ChromeReason;
  detail: string;
  pattern: RegExp;
  /** longest block (in characters) the rule may remove: chrome is short, prose is not */
  maxLength: number;
}

const MONTHS =
  "jan(?:uary|vier|uar|\\.)?|feb(?:ruary|ruar|\\.)?|f[ée]v(?:rier|\\.)?|m[aä]r(?:ch|s|z|\\.)?|apr(?:il|\\.)?|avr(?:il|\\.)?|may|mai|ma[iy]o|jun[ei]?|juin|jul[iy]?|juil(?:let|\\.)?|aug(?:ust|\\.)?|ao[uû]t|sep(?:tember|tembre|\\.)?|o[ck]t(?:ober|obre|\\.)?|nov(?:ember|embre|\\.)?|d[ée][cz](?:ember|embre|\\.)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia";
const WEEKDAYS =
  "mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so";
const NUMERIC_DATE = "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}";
const WORD_DATE = `(?:(?:${WEEKDAYS}),?\\s+)?(?:\\d{1,2}\\.?\\s*(?:de\\s+)?(?:${MONTHS})\\s*(?:de\\s+)?\\d{2,4}|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}\\.?\\s*(?:${MONTHS}))`;
const TIME = "\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?";
/** A date or a time, in the shapes news pages print them. */
export const DATE_OR_TIME = `(?:${NUMERIC_DATE}|${WORD_DATE}|${TIME})`;

/** Rules over a block's whole text, tried in order; the first match decides the reason. */
export const TEXT_RULES: TextRule[] = [
  {
    reason: "share-chrome",
    detail: "share buttons",
    maxLength: 120,
    pattern:
      /^(?:(?:share|partager|partagez|teilen|compartir|condividi|udostępnij|delen|compartilhe|tweet|pin it|e-?mail|email|print|imprimer|drucken|drukuj|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|xing|flipboard|messenger|copy link|copier le lien|link kopieren|mail|sms|tumblr|pocket|threads|bluesky|mastodon|vk|ok)(?:\s+(?:this|on|sur|auf|via|per|en|su|na|the|article|story|post|artikel|beitrag|l'article|cet article|diesen artikel|seite|page|it))*\s*[:|·•,/]?\s*){1,12}$/i,
  },
  {
    reason: "share-chrome",
    detail: "share prompt",
    maxLength: 160,
    pattern:
      /^(?:(?:diesen|den) (?:artikel|beitrag) (?:teilen|mit anderen teilen|empfehlen|weiterempfehlen|drucken|bewerten)|(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen|share (?:this|the) (?:article|story|post|page)|partager (?:cet article|l'article|sur)|mit anderen teilen|empfiehl (?:dies|uns)|spread the word|follow us|suivez-nous|folgen sie uns|folge uns|síguenos|seguici|obserwuj nas)/i,
  },
  {
    reason: "share-chrome",
    detail: "newsletter or subscription prompt",
    maxLength: 200,
    pattern:
      /\bnewsletter|\b(?:abonnieren sie|abonniere|abonnez-vous|subscribe (?:to|now|for|today)|sign up (?:for|to|now|today)|inscrivez-vous|inscris-toi|suscríbete|iscriviti|zapisz się|zapraszamy (?:też )?do subskrypcji|never miss|ne manquez (?:rien|aucun)|verpassen sie (?:keine|nichts)|stay (?:informed|up to date|in the loop)|(?:bleiben sie|bleib) (?:immer )?auf dem laufenden|get (?:the|our) [\w ]{0,30}(?:daily|weekly|edition|newsletter|app)\b|download (?:the|our) app|laden sie (?:die|unsere) app)/i,
  },
  {
    reason: "share-chrome",
    detail: "comment or rating chrome",
    maxLength: 200,
    pattern:
      /^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|reacties|reaktionen|leserkommentare)(?:\s*\(\d+\))?\s*:?$|leave a (?:reply|comment)|post a comment|add (?:a )?comment|write a comment|hinterlasse (?:einen kommentar|eine antwort)|(?:schreibe|schreiben sie|verfasse) (?:einen|ihren) kommentar|kommentar (?:schreiben|verfassen|abgeben)|kommentare (?:schreiben|geschlossen|anzeigen|lesen)|laisser un commentaire|laissez un commentaire|réagir à cet article|deja un comentario|lascia un commento|dodaj komentarz|comments are closed|comments? closed|must be logged in|eingeloggt|angemeldet sein|um kommentare zu|to (?:post|leave) a comment|was this (?:article|post|page) (?:helpful|useful)|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|wie (?:bewerten|gefällt) (?:sie|ihnen|dir) diese[rn]? (?:artikel|beitrag)|artikel bewerten|noch keine bewertung|no ratings yet|rate this (?:article|post)|cet article vous a-t-il|we want to hear what you think|tell us what you think|teilen sie uns ihre (?:meinung|erfahrung)|verraten sie (?:gerne|uns) in den kommentaren|akismet|spam zu reduzieren|reduce spam/i,
  },
  {
    reason: "share-chrome",
    detail: "cookie or consent notice",
    maxLength: 400,
    pattern: /\bcookies?\b.*\b(?:accept|akzeptier|accepter|utilis|verwend|use|consent|zustimm)|\b(?:accept|akzeptier|accepter)\w*\b.*\bcookies?\b|datenschutzerklärung|privacy policy|politique de confidentialité/i,
  },
  {
    reason: "related-link",
    detail: "related articles",
    maxLength: 120,
    pattern:
      /^(?:[-–—•»>]\s*)?(?:related(?:\s+(?:articles?|stories|posts?|coverage|content|news|links|reading|topics))?|read (?:more|also|next)(?:\s*:.*)?|more (?:on|from|about|stories|news|articles|in)\b.*|see also|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested)\b.*|recommended(?: for you| articles| stories| reading)?|editor'?s picks|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest (?:news|stories|articles)|further reading|(?:à |a )?lire (?:aussi|également|encore|la suite)\b.*|voir aussi|sur le même (?:sujet|thème)|dans la même rubrique|nos (?:articles|dossiers)\b.*|(?:les )?articles? (?:liés|similaires|associés|recommandés)|(?:das )?(?:könnte|dürfte) (?:sie|dich|ihnen|dir) auch interessieren\b.*|(?:sie )?(?:könnten|könntest) auch (?:an )?\b.*interessiert sein\b.*|(?:lesen sie|lies) (?:auch|mehr|hier|weiter)\b.*|(?:auch|ebenfalls) interessant\b.*|mehr (?:zum thema|zu diesem thema|dazu|aus|von|über|artikel|news|nachrichten)\b.*|weitere (?:artikel|beiträge|nachrichten|meldungen|informationen|themen|links|news|berichte|tourentipps)\b.*|(?:ähnliche|verwandte|empfohlene|beliebte|neueste|aktuelle) (?:artikel|beiträge|themen|berichte|nachrichten|meldungen)\b.*|aktuelle berichte aus\b.*|das (?:thema|interessiert) (?:könnte|dich|sie)\b.*|zum weiterlesen|weiterführende? (?:links?|artikel|informationen)\b.*|empfehlungen (?:aus|der|für)\b.*|kunden kauften auch|leer (?:más|también|además)\b.*|(?:te|le) puede interesar\b.*|noticias relacionadas|(?:artículos|entradas) relacionad[oa]s|leggi (?:anche|pure)\b.*|articoli correlati|potrebbe interessarti\b.*|czytaj (?:też|także|również|więcej)\b.*|zobacz (?:też|także|również)\b.*|polecamy\b.*|podobne artykuły|leia (?:também|mais)\b.*|lees ook\b.*|gerelateerde artikelen|vorschau auf den nächsten artikel|(?:next|previous|prev|nächster|vorheriger|article suivant|article précédent)(?: (?:post|article|artikel|beitrag|story))?\s*:?)\s*[:»›>]?$/i,
  },
  {
    reason: "navigation",
    detail: "navigation link",
    maxLength: 80,
    pattern:
      /^(?:[«‹<↑^]\s*)?(?:back to top|to top|top of page|nach oben|zurück(?: zur (?:übersicht|startseite|liste))?|zur übersicht|retour(?: en haut)?(?: de page)?|haut de page|volver|torna su|powrót|do góry|home|startseite|accueil|inicio|(?:more|weiter|mehr|plus|more\.\.\.|weiterlesen|read on|continue reading|suite|la suite|lire la suite|leer más|czytaj dalej|więcej)(?:\s*[»›>…]|\.\.\.)?|\.\.\.\s*weiter.*|page \d+ (?:of|sur|von) \d+|seite \d+ von \d+|pour lire la suite.*|skip to (?:content|main content)|zum inhalt springen|aller au contenu)\s*[»›>↑]?$/i,
  },
  {
    reason: "navigation",
    detail: "tags or categories line",
    maxLength: 300,
    pattern:
      /^(?:tags?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|themen|thema|kategorien?|categories|category|catégories?|rubriques?|mots[- ]clés|étiquettes|etiquetas|categorías?|argomenti|tagi|kategorie|filed under|posted in|abgelegt unter|veröffentlicht in|publié dans|keywords?)\s*:/i,
  },
  {
    reason: "html-boilerplate",
    detail: "advertisement label",
    maxLength: 40,
    pattern: /^[-–—*\s]*(?:anzeige|advertisement|advertising|ad|sponsored(?: content)?|gesponsert|werbung|publicité|pub|publicidad|pubblicità|reklama|reklame|advertentie|promoted|partner content)[-–—*:\s]*$/i,
  },
  {
    reason: "html-boilerplate",
    detail: "copyright line",
    maxLength: 260,
    pattern: /^(?:©|\(c\)|copyright\b)|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|materiał chroniony prawem|alle angaben ohne gewähr|sofern nicht anders (?:angegeben|ausgewiesen)|reproduction interdite/i,
  },
  {
    reason: "credit",
    detail: "photo or video credit",
    maxLength: 160,
    pattern:
      /^(?:\(?(?:photos?|foto(?:s|grafie)?|fot\.|bild(?:er)?|bildquelle|bildnachweis|titelbild|beitragsbild|headerbild|image(?:s)?|picture|illustration|crédits?(?: photos?)?|credits?|photo credit|photograph(?:y)?|zdjęci[ea]|źródło zdjęcia|video|vidéo|grafik|quelle bild)\b\s*(?:by|par|von|de|via|:|\/|©|-|–)|(?:photograph|photo|picture|image|video) (?:by|courtesy of)|bild via\b)/i,
  },
  {
    reason: "credit",
    detail: "agency or stock photo credit",
    maxLength: 90,
    pattern:
      /(?:©|\bfoto:|\bphoto:|\bbild:)|(?:^|[\s/(|,])(?:shutterstock(?:\.com)?|getty ?images|istock(?:photo)?|imago(?: images)?|picture[- ]alliance|adobe ?stock|fotolia|unsplash|pixabay|pexels|depositphotos|dreamstime|alamy|bestimage|abaca(?:press)?|sipa|hans lucas|keystone|epa(?:-efe)?|efe|anp|ansa|belga|apa|reuters|afp|dpa|ap photo|xinhua|tass|ria novosti|sputnik|anadolu)(?:\s*\/|\s*$|\s*\)|[\s,;]+(?:via|\/))/i,
  },
  {
    reason: "html-boilerplate",
    detail: "date or time line",
    maxLength: 90,
    pattern: new RegExp(
      `^(?:(?:published|posted|updated|last (?:updated|modified)|modified|created|veröffentlicht|aktualisiert|erstellt|geändert|zuletzt (?:aktualisiert|geändert)|stand|datum|publié|mis à jour|modifié|publicado|actualizado|pubblicato|aggiornato|opublikowano|publikacja|aktualizacja|data publikacji)(?:\\s+(?:on|am|le|el|il|at|um|à|:))*\\s*:?\\s*)?(?:(?:${WEEKDAYS}),?\\s*)?(?:${DATE_OR_TIME})(?:[\\s,|–-]+(?:(?:um|at|à|a las|alle|o|godz\\.?)\\s*)?(?:${DATE_OR_TIME}))*\\s*(?:uhr|h|gmt|utc|cet|cest|mez|mesz|[+-]\\d{2}:?\\d{2})?\\s*[|,.]?$`,
      "i",
    ),
  },
  {
    reason: "html-boilerplate",
    detail: "publication line",
    maxLength: 160,
    pattern:
      /^(?:published|posted|updated|last (?:updated|modified)|veröffentlicht|aktualisiert|erstellt|zuletzt aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|publikacja|aktualizacja)(?:\s+(?:on|am|le|el|il|at|um|par|by|von|:))*\s*:|^(?:this (?:entry|article|post) was posted|dieser (?:eintrag|beitrag|artikel) wurde (?:am|veröffentlicht|erstellt)|der beitrag wurde am|cet article a été publié|ce (?:billet|article) a été (?:publié|rédigé)|esta entrada fue publicada)|^(?:last modified|zuletzt geändert|letzte änderung)\s*:?/i,
  },
  {
    reason: "html-boilerplate",
    detail: "reading time or view count",
    maxLength: 60,
    pattern:
      /^(?:(?:lesezeit|reading time|temps de lecture|tiempo de lectura|czas czytania)\s*:?\s*)?(?:ca\.\s*)?\d+\s*(?:min(?:ute)?s?\.?|minuten)(?:\s+(?:read|lesezeit|de lecture|lectura|czytania))?$|^(?:lesezeit|reading time|temps de lecture)\s*:?\s*\d+|^(?:aufrufe|views|vues|visitas|visite|wyświetleń|wyświetlenia|gelesen|hits)\s*:?\s*[\d.,\s]*$|^[\d.,]+\s+(?:aufrufe|views|vues|visitas|wyświetleń)$/i,
  },
  {
    reason: "html-boilerplate",
    detail: "byline",
    maxLength: 70,
    pattern: /^(?:by|par|von|por|di|door|autor(?:in)?|author|auteur|text|texte|redaktion|rédaction|written by|geschrieben von|verfasst von)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|du|le|la|und|and|et|y|&|,))*\s*(?:[|,–-].{0,30})?$/iu,
  },
];

/**
 * Class or id names of chrome containers. A name counts when the word starts or ends it
 * ("caption", "caption-text", "article-caption"), not when it sits in the middle: wrappers
 * such as "has-sidebar-right" or "elementor-widget-container" hold body text.
 */
function classWords(words: string): RegExp {
  return new RegExp(`(?:^|\\s)(?!no-|without-)(?:(?:${words})\\d*(?:[-_][^\\s]*)?|[^\\s]*[-_](?:${words})\\d*)(?=\\s|$)`);
}

/**
 * Further names that mark chrome often enough to refuse a block Readability had dropped, though
 * too often worn by body wrappers to cut a block Readability kept.
 */
export const DROPPED_BLOCK_HINTS = classWords(
  "teaser|teasers|author|authors|bio|contributor|contact|donation|donate|offer|modal|popup|recirculation|more|also|similar|further|widget|sidebar|footer|header-?bar|toolbar|meta|date|ad|ads|adslot|banner|promo|cta|card|cards|list|listing|slider|carousel|tabs?|accordion|mega|top|bottom",
);

export const HINT_RULES: { reason: ChromeReason; detail: string; pattern: RegExp }[] = [
  { reason: "caption", detail: "caption", pattern: classWords("caption|captions|figcaption|legende|légende|bildunterschrift|wp-caption-text|image-?text|img-?text|photo-?(?:info|desc|text)|mediacaption|bildtext") },
  { reason: "credit", detail: "credit", pattern: classWords("credit|credits|copyright|photographer|bildnachweis|bildquelle|fotograf|image-?source|photo-?credit") },
  { reason: "share-chrome", detail: "share or social widget", pattern: classWords("share|shares|sharing|sharebar|social|socials|sociable|addthis|sharethis|shariff|teilen|socialmedia|social-?media|print-?button|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|rating|ratings|voting|follow-?us") },
  { reason: "share-chrome", detail: "comments", pattern: classWords("comment|comments|commentlist|respond|replies|disqus|kommentar|kommentare|commentaires") },
  { reason: "related-link", detail: "related or recommended links", pattern: classWords("related|relatedposts|recommend|recommended|recommendations|more-?stories|more-?articles|also-?read|outbrain|taboola|trending|most-?read|mostread|yarpp|jp-relatedposts|crp_related|next-?post|prev-?post|post-?navigation|nav-?links|promo|promoted") },
  { reason: "navigation", detail: "navigation", pattern: classWords("nav|navbar|navigation|menu|menubar|breadcrumb|breadcrumbs|pager|skip-?link|toc|tags|tag-?list|tagcloud|post-?tags|entry-?tags|taxonomy|back-?to-?top|sitemap|site-?footer|sidebar") },
  { reason: "html-boilerplate", detail: "author box or post meta", pattern: classWords("author-?(?:box|bio|info|card|profile|details)|about-?(?:the-?)?author|byline|post-?meta|entry-?meta|article-?meta|postmetadata|dateline|timestamp|posted-?on|pubdate|signature|disclaimer|advert|advertisement|adsense|anzeige|sponsor|sponsored") },
];
