// Raw text -> blocks. A blank line always separates blocks. Inside a paragraph group every line
// is its own block (pages pasted as text put menu items, captions and share buttons on lines of
// their own, and many corpora use one line per paragraph), except lines that are visibly a
// hard-wrapped paragraph, which are joined back.

/** spaces that look like a space: NBSP, narrow NBSP (French « »), thin and ideographic spaces, tabs */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** invisible characters that split a word without changing it (ZWNJ stays: Persian needs it) */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const SENTENCE_OR_CLAUSE_END = /[.!?…:;»"”)\]]$/u;
const STARTS_LOWERCASE = /^[\p{Ll}]/u;
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 30;
const LONG_LINE_CHARS = 20_000;
const NEEDS_NORMALISING = /[\t\v\f\u00A0\u1680\u2000-\u200B\u202F\u205F\u2060\u3000\uFEFF\u00AD]| {2}/;
const UTF16 = new TextDecoder("utf-16le");

export function segmentBlocks(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n|\u2028|\u2029/);
  const blocks: string[] = [];
  let group: string[] = [];
  for (const raw of lines) {
    const line = normaliseSpaces(raw);
    if (line) {
      group.push(line);
      continue;
    }
    for (const block of splitGroup(group)) blocks.push(block);
    group = [];
  }
  for (const block of splitGroup(group)) blocks.push(block);
  return blocks;
}

/** Same words, same characters: only the kinds and runs of white space change. */
export function normaliseSpaces(text: string): string {
  if (text.length > LONG_LINE_CHARS) return NEEDS_NORMALISING.test(text) ? normaliseLongLine(text) : text.trim();
  return text.replace(INVISIBLE, "").replace(ODD_SPACES, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * The same in one pass over UTF-16 code units: a regex replace costs ~0.2 µs a match, and a
 * pathological line (5 MB of words joined by NBSP) has millions of matches.
 */
function normaliseLongLine(text: string): string {
  const out = new Uint16Array(text.length);
  let length = 0;
  let afterSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x200b || code === 0x2060 || code === 0xfeff || code === 0x00ad) continue;
    if (code === 0x20 || isOddSpace(code)) {
      if (!afterSpace) out[length++] = 0x20;
      afterSpace = true;
      continue;
    }
    out[length++] = code;
    afterSpace = false;
  }
  if (length > 0 && out[length - 1] === 0x20) length -= 1;
  return UTF16.decode(out.subarray(0, length));
}

function isOddSpace(code: number): boolean {
  return code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

function splitGroup(lines: string[]): string[] {
  if (!lines.length) return [];
  if (isHardWrapped(lines)) return [lines.join(" ")];
  const blocks: string[] = [];
  for (const line of lines) {
    const previous = blocks.length ? blocks[blocks.length - 1]! : undefined;
    // a sentence cut before a lower-case word ("…the Republican\nparty said") is one paragraph
    if (previous !== undefined && !SENTENCE_OR_CLAUSE_END.test(previous) && STARTS_LOWERCASE.test(line)) {
      blocks[blocks.length - 1] = `${previous} ${line}`;
    } else {
      blocks.push(line);
    }
  }
  return blocks;
}

/**
 * Three or more lines cut at a fixed width (e-mail, plain-text wire feeds): every line but the
 * last fills most of the width, and many continuation lines start in lower case (a list of
 * headlines has even widths too, but each item starts with a capital).
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
  if (!lines.slice(0, -1).every((line) => line.length >= width * 0.6)) return false;
  const lowercaseStarts = lines.slice(1).filter((line) => STARTS_LOWERCASE.test(line)).length;
  return lowercaseStarts * 3 >= lines.length - 1;
}
