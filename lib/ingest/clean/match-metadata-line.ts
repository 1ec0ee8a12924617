// Lines that describe the article rather than tell it: "Publié le 2017-10-18 à 22:55 |
// french.xinhuanet.com", "date 2019-06", a date on its own, "By Jane Doe", a bare site name
// ("french.xinhuanet.com"). They leave the body but stay as evidence for metadata.

import { countWords } from "./line-shape.ts";
import { parseDateText } from "./parse-date-text.ts";

export interface MetadataLine {
  kind: "publication" | "update" | "date" | "byline" | "site-name" | "reading-time";
  detail: string;
}

export interface LeadingMetadata {
  metadata: string;
  rest: string;
}

/** JavaScript's \b ignores accented letters ("publié\b" never matches), hence this boundary */
const END = String.raw`(?![\p{L}\p{N}])`;
const PUBLICATION_LABEL = new RegExp(String.raw`^(?:publié|publiée|publication|date|daté|datée|posted|published|first published)${END}`, "iu");
const UPDATE_WORDS = String.raw`(?:mis à jour|mise à jour|dernière mise à jour|modifié|actualisé|updated|last updated|last modified)${END}`;
const UPDATE_LABEL = new RegExp(`^${UPDATE_WORDS}`, "iu");
const UPDATE_ANYWHERE = new RegExp(UPDATE_WORDS, "iu");
const LABEL_FILLER = new RegExp(String.raw`^(?:\s*(?:[:\-–—|]|(?:le|du|on|at|à)${END}))*\s*`, "iu");
const SITE_NAME = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}\/?$/i;
const BYLINE = /^(?:[Pp]ar|PAR|[Bb]y|BY)\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:et|and|&|de|du|da|van|von|al|el|bin|ibn)\s+)\p{Lu}[\p{L}'’.-]*){0,6}(?:\s*[,|/–-]\s*[\p{L}\p{N} .'’-]{1,40})?$/u;
const READING_TIME = /^(?:(?:temps de )?lecture\s*:?\s*)?\d{1,3}\s*(?:min|mins|minutes?)\.?(?:\s+(?:read|de lecture|lecture))?$/iu;
const WEEKDAYS_AND_FILLERS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|le|on|at|à|gmt|utc|cet|cest|et|est|edt|pst|heure de paris|am|pm)${END}`,
  "giu",
);
/** what may follow the date on a publication line: "| french.xinhuanet.com", ", mis à jour le …" */
const MAX_WORDS_AFTER_DATE = 12;
const MAX_LINE_CHARS = 200;
const MAX_UNLABELLED_DATE_CHARS = 60;

export function matchMetadataLine(text: string): MetadataLine | null {
  if (text.length > MAX_LINE_CHARS) return null;
  if (SITE_NAME.test(text)) return { kind: "site-name", detail: `site name "${text}"` };
  if (READING_TIME.test(text)) return { kind: "reading-time", detail: "reading time" };
  if (BYLINE.test(text)) return { kind: "byline", detail: `byline "${text}"` };
  // a longer line is a date line only behind a label; parsing every line for a date would be slow
  if (text.length > MAX_UNLABELLED_DATE_CHARS && !PUBLICATION_LABEL.test(text) && !UPDATE_LABEL.test(text)) return null;
  const date = parseDateText(text);
  if (!date) return null;
  const before = text.slice(0, date.start).trim();
  const after = text.slice(date.end).trim();
  // "Le 18 octobre 2017, la Chine a lancé…" is a sentence: after the date only a separator and a few words may follow
  const shortTail = after === "" || (/^[|·•,;(\-–—]/u.test(after) && (countWords(after) <= MAX_WORDS_AFTER_DATE || UPDATE_ANYWHERE.test(after)));
  if (shortTail && isOnlyLabel(before, UPDATE_LABEL)) return { kind: "update", detail: "update date line" };
  if (shortTail && isOnlyLabel(before, PUBLICATION_LABEL)) return { kind: "publication", detail: "publication date line" };
  // a date on its own: what is left around it is at most a weekday, "le", a time zone or a separator
  const leftover = (before + text.slice(date.end)).replace(WEEKDAYS_AND_FILLERS, "").replace(/[\s,|/:()\-–—.\d]+/g, "");
  if (leftover.length === 0) return { kind: "date", detail: `date line "${text}"` };
  return null;
}

/**
 * " date 2019-06 La Chine souhaite…": a metadata label and its date glued to the first words of
 * the body. Returns the two parts, or null when the block does not start that way.
 */
export function splitLeadingMetadata(text: string): LeadingMetadata | null {
  const label = PUBLICATION_LABEL.exec(text) ?? UPDATE_LABEL.exec(text);
  const isoStart = /^\d{4}-\d{2}-\d{2}(?!\d)/.test(text);
  if (!label && !isoStart) return null;
  const afterLabel = label ? label[0].length + (LABEL_FILLER.exec(text.slice(label[0].length, label[0].length + 40))?.[0].length ?? 0) : 0;
  const head = text.slice(afterLabel, afterLabel + 80);
  const date = parseDateText(head);
  if (!date || date.start !== 0) return null;
  const cut = afterLabel + date.end;
  const rest = text.slice(cut).replace(/^[\s|,;–—-]+/u, "");
  if (!/^[\p{Lu}«"“]/u.test(rest) || rest.length < 20) return null;
  return { metadata: text.slice(0, cut).trim(), rest };
}

/** "Publié le", "Updated:": the label and its fillers, nothing else ("Publication de l'étude le …" is a title) */
function isOnlyLabel(text: string, label: RegExp): boolean {
  const found = label.exec(text);
  if (!found) return false;
  const rest = text.slice(found[0].length);
  return (LABEL_FILLER.exec(rest)?.[0].length ?? 0) === rest.length;
}
