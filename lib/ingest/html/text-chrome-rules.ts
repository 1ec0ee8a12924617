// What page chrome says, in the languages of the outlets we compare (EN, FR) and of the
// benchmark pages (DE, ES, IT, PL, PT, NL). Each rule reads a whole short block; none is keyed
// on a particular site.
import type { ChromeReason } from "./class-chrome-rules.ts";
import { DATE_OR_TIME, WEEKDAYS } from "./date-shapes.ts";

export interface TextRule {
  reason: ChromeReason;
  detail: string;
  pattern: RegExp;
  /** longest block (in characters) the rule may remove: chrome is short, prose is not */
  maxLength: number;
}

/** Case-insensitive keywords inside an otherwise case-sensitive pattern (JS has no inline (?i)). */
function anyCase(words: string): string {
  return words
    .split("|")
    .map((word) => `(?:${word}|${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()})`)
    .join("|");
}

const NETWORKS = "facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|xing|flipboard|messenger|tumblr|pocket|threads|bluesky|mastodon|vk|instagram|youtube|tiktok";
const AGENCIES = "reuters|afp|dpa|ap|ap photo|epa(?:-efe)?|efe|anp|ansa|belga|apa|xinhua|tass|ria novosti|sputnik|anadolu|pap|irna|kyodo";
const STOCK_AGENCIES =
  "shutterstock(?:\\.com)?|getty ?images|istock(?:photo)?(?:\\.com)?|imago(?: images)?|picture[- ]alliance|adobe ?stock|fotolia|unsplash|pixabay|pexels|depositphotos|dreamstime|alamy|bestimage|abaca(?:press)?|sipa|hans lucas|keystone";
const PUBLISHED = "published|posted|updated|last (?:updated|modified)|modified|created|veröffentlicht|veröffentlichung|publiziert|aktualisiert|erstellt|geändert|zuletzt (?:aktualisiert|geändert)|stand|datum|publié|mis à jour|modifié|publicado|actualizado|pubblicato|aggiornato|opublikowano|publikacja|aktualizacja|data publikacji|release date|news date";

/** Tried in order; the first rule that matches decides the reason. */
export const TEXT_RULES: TextRule[] = [
  {
    reason: "share-chrome",
    detail: "share buttons",
    maxLength: 120,
    pattern: new RegExp(
      `^(?:(?:share|partager|partagez|teilen|compartir|condividi|udostępnij|delen|compartilhe|tweet|pin it|e-?mail|print|imprimer|drucken|drukuj|copy link|copier le lien|link kopieren|mail|sms|${NETWORKS})(?:\\s+(?:this|on|sur|auf|via|per|en|su|na|the|article|story|post|artikel|beitrag|l'article|cet article|diesen artikel|seite|page|it))*\\s*[:|·•,/]?\\s*){1,12}$`,
      "i",
    ),
  },
  {
    reason: "share-chrome",
    detail: "share prompt",
    maxLength: 160,
    pattern:
      /^(?:(?:diesen|den) (?:artikel|beitrag) (?:teilen|mit anderen teilen|empfehlen|weiterempfehlen|drucken|bewerten)|(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen|share (?:this|the) (?:article|story|post|page)|partager (?:cet article|l'article|sur)|mit anderen teilen|empfiehl (?:dies|uns))|(?:artikel|beitrag|post) gefallen\?|vergiss nicht,? (?:ihn |es )?zu teilen|if you (?:enjoyed|liked) (?:reading )?this|gefällt (?:dir|ihnen) (?:unser|dieser|der)|^gefällt mir\b|valora esta noticia/i,
  },
  {
    reason: "share-chrome",
    detail: "newsletter or subscription prompt",
    maxLength: 260,
    pattern:
      /\bnewsletter|\b(?:abonnieren sie|abonniere|abonnez-vous|subscribe (?:to|now|for|today)|sign up (?:for|to|now|today|here)|inscrivez-vous|inscris-toi|suscríbete|iscriviti|zapisz się|zapraszamy (?:też )?do subskrypcji|never miss|ne manquez (?:rien|aucun)|verpassen sie (?:keine|nichts)|nichts mehr (?:verpassen|versäumen)|stay (?:informed|up to date|in the loop)|(?:bleiben sie|bleib) (?:immer )?auf dem laufenden|do you want to be informed|want to be informed|erhalten sie exklusive|first-time subscribers|already a subscriber|log in for (?:immediate )?access|hazte (?:miembro|socio)|become a (?:member|subscriber|supporter)|(?:support|supporting) (?:our|independent) (?:work|journalism)|consider supporting|help us (?:continue|keep)|unterstützen sie (?:uns|unsere arbeit)|soutenez (?:notre|nos)|tú también puedes|cancela cuando quieras)/i,
  },
  {
    reason: "share-chrome",
    detail: "app or social account prompt",
    maxLength: 260,
    pattern: new RegExp(
      `\\b(?:download|get|install|laden sie|hol dir|téléchargez) (?:the|our|die|unsere|notre)\\b.{0,40}\\bapps?\\b|\\bapps? (?:for|für|pour) (?:ios|android|iphone)|straight to your phone|(?:follow|folgen sie|folge|suivez|síguenos|seguici|obserwuj)\\b.{0,40}\\b(?:${NETWORKS})\\b|\\b(?:canal|channel|kanal) (?:de |on |auf )?(?:${NETWORKS})\\b|(?:únete|join us|rejoignez-nous)\\b.{0,40}\\b(?:${NETWORKS})\\b|keep up with me on`,
      "i",
    ),
  },
  {
    reason: "share-chrome",
    detail: "comment or rating chrome",
    maxLength: 200,
    pattern:
      /^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze?|reacties|reaktionen|leserkommentare)(?:\s+(?:insgesamt|total))?(?:\s*\(\d+\))?\s*:?\s*\d*$|leave a (?:reply|comment)|post a comment|add (?:a )?comment|write a comment|hinterlasse (?:einen kommentar|eine antwort)|(?:schreibe|schreiben sie|verfasse) (?:einen|ihren) kommentar|kommentar (?:schreiben|verfassen|abgeben)|kommentare (?:schreiben|geschlossen|anzeigen|lesen)|laisser un commentaire|laissez un commentaire|réagir à cet article|deja un comentario|lascia un commento|dodaj komentarz|comments are closed|comments? closed|must be logged in|eingeloggt|angemeldet sein|um kommentare zu|to (?:post|leave) a comment|was this (?:article|post|page) (?:helpful|useful)|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|wie (?:bewerten|gefällt) (?:sie|ihnen|dir) diese[rn]? (?:artikel|beitrag)|artikel bewerten|den artikel bewerten|noch keine bewertung|no ratings yet|rate this (?:article|post)|cet article vous a-t-il|we want to hear what you think|tell us what you think|teilen sie uns ihre (?:meinung|erfahrung)|verraten sie (?:gerne|uns) in den kommentaren|akismet|spam zu reduzieren|reduce spam|submit (?:your|a) letter to the editor|^letters? to the editor$/i,
  },
  {
    reason: "share-chrome",
    detail: "cookie or consent notice",
    maxLength: 400,
    pattern: /\bcookies?\b.*\b(?:accept|akzeptier|accepter|utilis|verwend|use|consent|zustimm)|\b(?:accept|akzeptier|accepter)\w*\b.*\bcookies?\b|wir respektieren (?:deine|ihre) privatsphäre|we respect your privacy/i,
  },
  {
    reason: "html-boilerplate",
    detail: "embedded-content placeholder",
    maxLength: 300,
    pattern:
      /^(?:externer inhalt|external content|contenu externe|inhalt laden|load content|embed|eingebetteter inhalt)$|(?:klicken sie|klicke) auf .{0,40}(?:button|schaltfläche),? um (?:den|die) inhalt|um (?:den|die) inhalt(?:e)? von .{0,60} zu laden|(?:externe|external) inhalte? (?:angezeigt|laden|anzeigen|load)|keine verbindung zu (?:twitter|facebook|instagram|youtube)|please enable javascript|javascript (?:is )?(?:required|disabled)|aktivieren sie javascript|activez javascript/i,
  },
  {
    reason: "related-link",
    detail: "related articles",
    maxLength: 120,
    pattern:
      /^(?:[-–—•»>]\s*)?(?:related(?:\s+(?:articles?|stories|posts?|coverage|content|news|links|reading|topics))?|read (?:more|also|next)(?:\s*:.*)?|more (?:on|from|about|stories|news|articles|in)(?![\p{L}\p{N}]).*|see also|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested)(?![\p{L}\p{N}]).*|recommended(?: for you| articles| stories| reading)?|editor'?s picks|most (?:read|popular|viewed|commented|shared)(?![\p{L}\p{N}]).*|trending(?: now)?|top stories|latest (?:news|stories|articles)|further reading|(?:à |a )?lire (?:aussi|également|encore)(?![\p{L}\p{N}]).*|voir aussi|sur le même (?:sujet|thème)|(?:audios? et )?vidéos sur le (?:même )?sujet|dans la même rubrique|nos (?:articles|dossiers)(?![\p{L}\p{N}]).*|(?:les )?articles? (?:liés|similaires|associés|recommandés)|(?:das )?(?:könnte|dürfte) (?:sie|dich|ihnen|dir) auch interessieren(?![\p{L}\p{N}]).*|(?:sie )?(?:könnten|könntest) auch (?:an )?(?![\p{L}\p{N}]).*interessiert sein(?![\p{L}\p{N}]).*|(?:lesen sie|lies) (?:auch|mehr|hier|weiter)(?![\p{L}\p{N}]).*|(?:auch|ebenfalls) interessant(?![\p{L}\p{N}]).*|schon gelesen\??|mehr (?:zum thema|zu diesem thema|zu|dazu|aus|von|über|artikel|themen|news|nachrichten|kolumnen)(?![\p{L}\p{N}]).*|noch mehr(?![\p{L}\p{N}]).*|entdecke (?:weitere|mehr)(?![\p{L}\p{N}]).*|weitere (?:artikel|beiträge|nachrichten|meldungen|informationen|themen|links|news|berichte|tourentipps)(?![\p{L}\p{N}]).*|(?:ähnliche|verwandte|empfohlene|beliebte|neueste|aktuelle) (?:artikel|beiträge|themen|berichte|nachrichten|meldungen|produkttests)(?![\p{L}\p{N}]).*|meist(?:gelesen|diskutiert|geklickt|kommentiert)\w*(?: artikel| beiträge)?|aktuelle berichte aus(?![\p{L}\p{N}]).*|themen (?:im|in diesem) artikel|das (?:thema|interessiert) (?:könnte|dich|sie)(?![\p{L}\p{N}]).*|zum weiterlesen|weiterführende? (?:links?|artikel|informationen)(?![\p{L}\p{N}]).*|empfehlungen (?:aus|der|für)(?![\p{L}\p{N}]).*|heute empfehlen wir(?![\p{L}\p{N}]).*|kunden kauften auch|leer (?:más|también|además)(?![\p{L}\p{N}]).*|más noticias(?![\p{L}\p{N}]).*|(?:también )?(?:te|le) puede interesar(?![\p{L}\p{N}]).*|noticias relacionadas|(?:artículos|entradas) relacionad[oa]s|leggi (?:anche|pure)(?![\p{L}\p{N}]).*|articoli correlati|potrebbe interessarti(?![\p{L}\p{N}]).*|czytaj (?:też|także|również|więcej)(?![\p{L}\p{N}]).*|zobacz (?:też|także|również)(?![\p{L}\p{N}]).*|dowiedz się więcej(?![\p{L}\p{N}]).*|polecamy(?![\p{L}\p{N}]).*|podobne artykuły|(?:leia|veja) (?:também|mais)(?![\p{L}\p{N}]).*|lees ook(?![\p{L}\p{N}]).*|gerelateerde artikelen|vorschau auf den nächsten artikel|(?:next|previous|prev|nächster|vorheriger|article suivant|article précédent)(?: (?:post|article|artikel|beitrag|story))?\s*:?)\s*[:»›>]?$/iu,
  },
  {
    reason: "navigation",
    detail: "navigation link",
    maxLength: 80,
    pattern:
      /^(?:[«‹<↑^]\s*)?(?:back to top|to top|top of page|nach oben|zurück(?: zur (?:übersicht|startseite|liste))?|zur übersicht|retour(?: en haut)?(?: de page)?|haut de page|volver|torna su|powrót|do góry|home|startseite|accueil|inicio|(?:more|weiter|mehr|plus|more\.\.\.|weiterlesen|read on|continue reading|suite|la suite|lire la suite|leer más|czytaj dalej|więcej)(?:\s*[»›>…\]]|\.\.\.)?|\.\.\.\s*weiter.*|page \d+ (?:of|sur|von) \d+|seite \d+ von \d+|pour lire la suite.*|skip to (?:content|main content)|zum inhalt springen|aller au contenu|inhaltsverzeichnis|table of contents|sommaire|(?:lade|load|mehr|weitere) (?:weitere|more|mehr)? ?(?:inhalte|artikel|beiträge|posts|stories|laden)(?:\s*\.\.\.)?|(?:wird geladen|loading|chargement)\s*(?:\.\.\.|…)?|(?:bild|foto|image|galerie|gallery) (?:anzeigen|schließen|vergrößern|öffnen|close|open)(?: (?:bild|foto|image) (?:anzeigen|schließen))?|(?:quellen|sources) (?:ausblenden|einblenden|anzeigen|show|hide)|permali(?:nk|en)(?:\s+\S+)?|pdf(?: herunterladen| download)?|.{0,40} als pdf herunterladen|gefällt mir(?: wird geladen\.*)?)\s*[»›>↑]?$/i,
  },
  {
    reason: "navigation",
    detail: "footer links",
    maxLength: 200,
    pattern: /\b(?:impressum|imprint|datenschutz|privacy|agb|terms|mentions légales|kontakt|contact|sitemap|cookies?)\b.{0,60}[|•·/].{0,60}\b(?:impressum|imprint|datenschutz|privacy|agb|terms|mentions légales|kontakt|contact|sitemap|cookies?)\b/i,
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
    maxLength: 60,
    pattern: /^[-–—*\s]*(?:anzeige|advertisement|advertising|ad|sponsored(?: content)?|gesponsert|werbung|publicité|pub|publicidad|pubblicità|reklama|reklame|advertentie|promoted|partner content)\b[-–—*:.\s]*(?:$|dieser beitrag enthält)|enthält werbung|^\*?werbung\b|^(?:anzeige|werbung|advertisement|publicité|reklama)\s*[-–:|]\s/i,
  },
  {
    reason: "html-boilerplate",
    detail: "disclaimer",
    maxLength: 320,
    pattern:
      /advertising disclosure|affiliate[- ](?:links?|partner|commission|programm?e?)|we may (?:receive|earn) (?:a )?(?:compensation|commission)|(?:erhält|erhalten) .{0,40}provision|(?:gibt|spiegelt) die meinung de[sr] (?:autors|autorin|verfassers)|the views (?:and opinions )?expressed|n'engage que son auteur|unter der lizenz cc|licensed under (?:a )?creative commons|dieser text entspricht den vorgaben|our standards:|blog aus der .{0,30}community/i,
  },
  {
    reason: "html-boilerplate",
    detail: "copyright line",
    maxLength: 260,
    pattern:
      /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|materiał chroniony prawem|alle angaben ohne gewähr|sofern nicht anders (?:angegeben|ausgewiesen)|reproduction interdite/i,
  },
  {
    reason: "source-footer",
    detail: "source line",
    maxLength: 100,
    pattern: /^(?:quelle|quellen|quellenangaben?|source|sources|źródło|źródła|fuente|fuentes|fonte|bron)\s*:/i,
  },
  {
    reason: "credit",
    detail: "photo or video credit",
    maxLength: 160,
    pattern:
      /^(?:\(?(?:photos?|foto(?:s|grafie)?|fot\.|bild(?:er)?|bildquelle|bildnachweis|titelbild|beitragsbild|headerbild|image(?:s)?|picture|illustration|crédits?(?: photos?)?|crédito|credits?|photo credit|photograph(?:y)?|zdjęci[ea]|źródło zdjęcia|video|vidéo|grafik|quelle bild|abbildung)\b\s*(?:by|par|von|de|via|:|\/|©|-|–)|(?:photograph|photo|picture|image|video) (?:by|courtesy of)|bild via\b|^\(crédito)/i,
  },
  {
    reason: "credit",
    detail: "agency or stock photo credit",
    maxLength: 90,
    pattern: new RegExp(
      // "PARIS (AFP) – ..." opens a wire story: that names the agency of the text, not a photo's.
      `^(?![^(]{0,40}\\((?:${AGENCIES})\\)\\s*[-–—:]).*?(?:©|\\bfoto:|\\bphoto:|\\bbild:|(?:^|[\\s/(|,])(?:${STOCK_AGENCIES}|${AGENCIES})(?:\\s*\\/|\\s*$|\\s*\\)|[\\s,;]+(?:via|\\/)))`,
      "i",
    ),
  },
  {
    reason: "caption",
    detail: "caption with a credit",
    maxLength: 300,
    pattern: /©\s*[^.!?©]{2,80}$|^(?:abbildung|abb\.|figure|fig\.|grafik|tabelle|table|screenshot|schaubild|illustration)\s*\d*\s*[:.,-]/i,
  },
  {
    reason: "caption",
    detail: "caption behind a zoom button",
    maxLength: 300,
    pattern: /^(?:vergrößern|enlarge|agrandir|ampliar|ingrandisci|powiększ)\s+\p{Lu}/u,
  },
  {
    reason: "html-boilerplate",
    detail: "contact or author label",
    maxLength: 40,
    pattern:
      /^(?:von|by|autor(?:en|in)?|authors?|auteurs?|kontakt|contact|pressekontakt|ansprechpartner(?:in)?(?: zum thema)?|zusatzinformationen|über (?:den|die) autor(?:in)?|about the authors?|à propos de l'auteur|sobre el autor|o autorze|release date|redaktion|rédaction)\s*:?$/i,
  },
  {
    reason: "html-boilerplate",
    detail: "date or time line",
    maxLength: 90,
    pattern: new RegExp(
      `^(?:(?:${PUBLISHED})(?:\\s+(?:on|am|le|el|il|at|um|à|:))*\\s*:?\\s*)?(?:(?:${WEEKDAYS}),?\\s*)?${DATE_OR_TIME}(?:[\\s,|–-]+(?:(?:um|at|à|a las|alle|o|godz\\.?)\\s*)?${DATE_OR_TIME})*\\s*(?:uhr|h|gmt|utc|cet|cest|mez|mesz|[+-]\\d{2}:?\\d{2})?\\s*[|,.]?$`,
      "i",
    ),
  },
  {
    reason: "html-boilerplate",
    detail: "publication line",
    maxLength: 160,
    pattern: new RegExp(
      `^(?:${PUBLISHED})(?:\\s+(?:on|am|le|el|il|at|um|par|by|von|:))*\\s*:|^(?:this (?:entry|article|post) was posted|dieser (?:eintrag|beitrag|artikel|text) wurde (?:am|veröffentlicht|erstellt)|der beitrag wurde am|erstellt am|cet article a été publié|ce (?:billet|article) a été (?:publié|rédigé)|esta entrada fue publicada)|^(?:last modified|zuletzt geändert|letzte änderung)\\s*:?`,
      "i",
    ),
  },
  {
    reason: "html-boilerplate",
    detail: "relative date line",
    maxLength: 60,
    pattern:
      /^(?:(?:asked|answered|posted|modified|viewed|edited|updated|published|aktualisiert|veröffentlicht|publié|mis à jour)\s+)?(?:vor\s+|il y a\s+|hace\s+)?\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|jahren?|monaten?|wochen?|tagen?|stunden?|minuten|ans?|mois|semaines?|jours?|heures?|años?|meses?|días?|horas?)(?:,\s*\d+\s+\w+)?(?:\s+ago)?$/i,
  },
  {
    reason: "html-boilerplate",
    detail: "reading time or view count",
    maxLength: 60,
    pattern:
      /^(?:(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|czas czytania)\s*:?\s*)?(?:ca\.\s*)?\d+\s*(?:min(?:ute)?s?\.?|minuten)(?:\s+(?:read|lesezeit|lesedauer|de lecture|lectura|czytania))?$|^(?:lesezeit|lesedauer|reading time|temps de lecture)\s*:?\s*\d+|^(?:aufrufe|views|vues|visitas|visite|wyświetleń|wyświetlenia|gelesen|hits)\s*:?\s*[\d.,\s]*$|^[\d.,]+\s+(?:aufrufe|views|vues|visitas|wyświetleń)$|ten tekst przeczytasz|\d+ min(?:ute)?s? read\b/i,
  },
  {
    reason: "html-boilerplate",
    detail: "byline",
    maxLength: 70,
    pattern: new RegExp(
      `^(?:${anyCase("by|par|von|por|di|door|autor|autorin|author|auteur|text|texte|redaktion|rédaction|written by|geschrieben von|verfasst von")})\\s*:?\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|da|di|du|le|la|und|and|et|y|&|,))*\\s*(?:[|,–-].{0,30})?$`,
      "u",
    ),
  },
  {
    reason: "html-boilerplate",
    detail: "server error message",
    maxLength: 400,
    pattern: /^(?:warning|notice|fatal error|deprecated|parse error)\s*:.*\bon line \d+/i,
  },
  {
    reason: "html-boilerplate",
    detail: "shop chrome",
    maxLength: 120,
    pattern: /(?:wurde|was) (?:erfolgreich|successfully) (?:hinzugefügt|added)|added to (?:your )?(?:cart|basket)|in den warenkorb|ajouter au panier|ajouté au panier/i,
  },
];
