// Page chrome that survives a copy-paste or a text dump: menus, share buttons, text-size
// widgets, "read more" headings and breadcrumbs. Matched on the whole (folded) line, never on a
// word inside prose, so a sentence that mentions "partager" stays.

import type { RemovalReason } from "../types.ts";
import { foldText } from "./fold-text.ts";

export interface ChromeMatch {
  reason: RemovalReason;
  detail: string;
}

const NAVIGATION = new Set([
  "rechercher", "recherche", "search", "menu", "accueil", "home", "dernieres infos", "dernieres nouvelles",
  "derniere minute", "derniere heure", "a la une", "l'info en continu", "info en continu", "en continu", "direct",
  "en direct", "live", "latest", "latest news", "breaking news", "top stories", "connexion", "se connecter",
  "s'inscrire", "deconnexion", "log in", "login", "sign in", "sign up", "register", "mon compte", "my account",
  "fermer", "close", "skip to content", "skip to main content", "aller au contenu", "aller au contenu principal",
  "retour en haut", "back to top", "suivant", "precedent", "next", "previous", "article suivant",
  "article precedent", "next article", "previous article", "voir plus", "see more", "show more", "load more",
  "afficher plus", "plus", "more", "abonnez-vous", "s'abonner", "subscribe", "newsletter", "tags", "mots-cles",
  "mots cles", "topics", "sujets", "rubriques", "sections", "francais", "english", "espanol", "deutsch", "menu principal",
  "navigation", "site navigation", "main navigation", "mobile navigation", "site mobile navigation",
]);

const SHARE = new Set([
  "partager", "partagez", "partager cet article", "partagez cet article", "partager sur facebook",
  "partager sur twitter", "share", "share this", "share this article", "share this story", "share on facebook",
  "share on twitter", "tweet", "tweeter", "email", "e-mail", "mail", "envoyer", "envoyer par e-mail",
  "envoyer par email", "imprimer", "print", "print this article", "facebook", "twitter", "x", "whatsapp",
  "linkedin", "telegram", "reddit", "pinterest", "vk", "copier le lien", "copy link", "lien copie", "link copied",
  "taille du texte", "text size", "font size", "a+", "a-", "t+", "t-", "rss", "flux rss", "commenter",
  "commentaires", "comments", "comment", "leave a comment", "reagir", "reagissez", "j'aime", "like",
  "favoris", "sauvegarder", "save", "bookmark", "ecouter", "listen", "ecouter cet article",
  "listen to this article", "publicite", "advertisement", "advertising", "sponsored", "contenu sponsorise",
  "voir la video", "voir les photos", "voir le diaporama", "diaporama", "watch the video", "watch video", "video",
  "play video", "lire la video", "photos",
]);

const RELATED_HEADINGS = new Set([
  "related", "related articles", "related stories", "related news", "related content", "read more", "read also",
  "see also", "more on this", "more on this story", "lire aussi", "a lire aussi", "lire la suite", "voir aussi",
  "sur le meme sujet", "dans la meme rubrique", "articles connexes", "articles similaires", "you may also like",
  "recommended", "recommande", "les plus lus", "most read", "most popular", "en images", "videos",
]);

/** "Lire aussi : Le titre d'un autre article", "READ MORE: …" (on the raw line: no need to fold it) */
const RELATED_PREFIX = /^(?:[aà] lire aussi|lire aussi|lire également|voir aussi|read more|read also|see also|related)\s*(?::|>|»|-|–|—|\|)\s*\S/iu;
/** the longest vocabulary entry is shorter than this: longer lines can only be lists or breadcrumbs */
const MAX_VOCABULARY_CHARS = 40;
const HAS_SEPARATOR = /[/|>»›→•·]/;
/** separators between items of a menu line or a breadcrumb ("Infos / A La Une / Iran") */
const ITEM_SEPARATOR = /\s+[/|>»›→•·]\s+|\s*[|•·]\s*/;
const MAX_CHROME_CHARS = 160;

export function matchChromeLine(text: string): ChromeMatch | null {
  if (text.length > MAX_CHROME_CHARS) return null;
  if (RELATED_PREFIX.test(text)) return { reason: "related-link", detail: "link to another article" };
  const short = text.length <= MAX_VOCABULARY_CHARS;
  if (!short && !HAS_SEPARATOR.test(text)) return null;
  const folded = trimPunctuation(foldText(text));
  if (short && NAVIGATION.has(folded)) return { reason: "navigation", detail: `menu item "${text}"` };
  if (short && SHARE.has(folded)) return { reason: "share-chrome", detail: `share/tool button "${text}"` };
  if (short && RELATED_HEADINGS.has(folded)) return { reason: "related-link", detail: `related-articles heading "${text}"` };
  return HAS_SEPARATOR.test(text) ? matchItemList(text, folded) : null;
}

function matchItemList(text: string, folded: string): ChromeMatch | null {
  const items = folded.split(ITEM_SEPARATOR).map(trimPunctuation).filter(Boolean);
  if (items.length < 2) return null;
  if (items.every((item) => SHARE.has(item) || NAVIGATION.has(item))) {
    return { reason: "share-chrome", detail: `row of buttons "${text}"` };
  }
  // a breadcrumb: at least three short labels joined by separators, none of them a sentence
  const spaced = text.split(/\s+[/>»›→|]\s+/);
  if (spaced.length >= 3 && spaced.every((item) => item.split(/\s+/).length <= 5 && !/[.!?]$/.test(item))) {
    return { reason: "navigation", detail: `breadcrumb "${text}"` };
  }
  return null;
}

function trimPunctuation(text: string): string {
  return text.replace(/^[\s\-–—:|•·>»«"([]+|[\s:|•·<»«")\]]+$/g, "").trim();
}
