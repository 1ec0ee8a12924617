// Footers that say where the text came from or who wrote it: "SOURCE: FRENCH PRESS TV", a lone
// "source", "(avec AFP)", "© 2019 Reuters", "Reporting by …; Editing by …", "… contributed to
// this report." The name they carry is evidence for the outlet (metadata reads it back).

export interface SourceFooter {
  /** the name the footer gives, as written ("FRENCH PRESS TV"), or null ("source" alone) */
  name: string | null;
  kind: "source" | "with-agency" | "copyright" | "staff-credit";
  detail: string;
}

const SOURCE = /^(?:sources?|src)\s*(?:[:：\-–—]\s*(.{1,80}?))?\s*\.?$/iu;
/** "(avec AFP)", "Avec AFP et Reuters", "(with agencies)": acronyms, or any capitalised names inside brackets */
const AGENCY_LIST = String.raw`(?:l['’]\s*)?(?:agences?|agencies|\p{Lu}{2,})(?:\s*(?:,|et|and|&)\s*(?:l['’]\s*)?(?:agences?|agencies|\p{Lu}{2,}))*`;
const NAME_LIST = String.raw`(?:l['’]\s*)?(?:agences?|agencies|\p{Lu}[\p{L}-]+)(?:\s*(?:,|et|and|&)\s*(?:l['’]\s*)?(?:agences?|agencies|\p{Lu}[\p{L}-]+))*`;
const WITH_AGENCY = new RegExp(String.raw`^(?:[Aa]vec|[Ww]ith)\s+(${AGENCY_LIST})\.?$|^\(\s*(?:[Aa]vec|[Ww]ith)\s+(${NAME_LIST})\s*\)\.?$`, "u");
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(.{0,80}?)\s*\.?$/iu;
const RIGHTS = /^(?:tous droits réservés|all rights reserved|droits réservés)\.?$/iu;
const STAFF_CREDIT = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written)\s+by\s+[^\n]{1,250}$/iu;
const CONTRIBUTED = /^[^\n]{1,150}\s+contributed to this (?:report|story|article)\.?$/iu;
const MAX_FOOTER_CHARS = 300;

export function matchSourceFooter(text: string): SourceFooter | null {
  if (text.length > MAX_FOOTER_CHARS) return null;
  const source = SOURCE.exec(text);
  if (source) return { name: source[1]?.trim() || null, kind: "source", detail: `source footer "${text}"` };
  const withAgency = WITH_AGENCY.exec(text);
  if (withAgency) return { name: withAgency[1] ?? withAgency[2] ?? null, kind: "with-agency", detail: `agency footer "${text}"` };
  const copyright = COPYRIGHT.exec(text);
  if (copyright) return { name: copyrightHolder(copyright[1] ?? ""), kind: "copyright", detail: `copyright line "${text}"` };
  if (RIGHTS.test(text)) return { name: null, kind: "copyright", detail: `copyright line "${text}"` };
  if (/ by |contributed/i.test(text) && (STAFF_CREDIT.test(text) || CONTRIBUTED.test(text))) return { name: null, kind: "staff-credit", detail: "reporting and editing credits" };
  return null;
}

/** "2019 The Associated Press. All rights reserved" -> "The Associated Press" */
function copyrightHolder(text: string): string | null {
  const holder = text
    .replace(/(?:tous droits réservés|all rights reserved|droits réservés)\.?/giu, "")
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/g, "")
    .replace(/^[\s,.:-]+|[\s,.:-]+$/g, "");
  return holder || null;
}
