// Wire datelines at the head of the first paragraphs: "DAMAS, 18 octobre (Xinhua) --",
// "BEIJING, Oct. 18 (Xinhua) —", "PARIS (AFP) -", "WASHINGTON (Reuters) -", "HARTFORD, Conn. —".
// With an agency tag the place may be in any case ("Paris (AFP) -"); without one it must be in
// capitals and followed by an em dash, or "Le ministre - …" and "CYCLISME –" would look like datelines.

export interface Dateline {
  /** the dateline without its dash: "DAMAS, 18 octobre (Xinhua)" */
  value: string;
  /** the agency tag, when there is one: "Xinhua" */
  agency: string | null;
  start: number;
  end: number;
}

const UPPER_PLACE = String.raw`\p{Lu}[\p{Lu}'’.\-]+(?:[ \-]\p{Lu}[\p{Lu}'’.\-]*){0,3}`;
const ANY_PLACE = String.raw`\p{Lu}[\p{L}'’.\-]+(?:[ \-]\p{Lu}[\p{L}'’.\-]*){0,3}`;
/** ", Conn." ", N.H." ", Mo." after an American city */
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]{1,12})?`;
/** ", 18 octobre", ", Oct. 18", ", June 3, 2019", ", 18 oct." */
const DAY_MONTH = String.raw`(?:,\s*(?:\d{1,2}(?:er)?\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?`;
const TAG = String.raw`\s*\(([\p{L}][\p{L}\p{N} .&'’-]{1,30})\)`;
const DASH = String.raw`\s*(?:--?|—|–)\s*(?=[\p{Lu}\p{N}«"“'])`;
/** without an agency tag only the em dash of AP and US papers ("WASHINGTON —") marks a dateline:
 * French pages put a rubric in capitals before a hyphen or en dash ("CYCLISME –", "USA -") */
const EM_DASH = String.raw`\s*(?:--|—)\s*(?=[\p{Lu}\p{N}«"“'])`;

const WITH_CAPITAL_PLACE = new RegExp(String.raw`^(${UPPER_PLACE}${REGION}${DAY_MONTH})${EM_DASH}`, "u");
const WITH_AGENCY_TAG = new RegExp(String.raw`^(${ANY_PLACE}${REGION}${DAY_MONTH}${TAG})${DASH}`, "u");
const MAX_DATELINE_CHARS = 80;

/** The dateline at the start of `paragraph`; offsets are relative to `offset` (the paragraph's place in the text). */
export function findDateline(paragraph: string, offset = 0): Dateline | null {
  const head = paragraph.slice(0, MAX_DATELINE_CHARS + 10);
  const match = WITH_AGENCY_TAG.exec(head) ?? WITH_CAPITAL_PLACE.exec(head);
  if (!match?.[1]) return null;
  const value = match[1].trim();
  if (value.length > MAX_DATELINE_CHARS || value.length < 3) return null;
  return { value, agency: match[2]?.trim() ?? null, start: offset, end: offset + value.length };
}
