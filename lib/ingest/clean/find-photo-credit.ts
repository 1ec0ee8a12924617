// Photo and video credits: "(AFP photo)", "./Sputnik", "©Tasnim/archives", "Photo: Reuters",
// "(AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque". They mark a caption, and they name who took
// the picture, which is not who told the outlet the story (a Credit, never a CitedSource).

export interface PhotoCredit {
  /** the agency or photographer as written: "AFP", "Sputnik", "Tasnim" */
  name: string;
  /** the credit marker as written, and where it sits in the block */
  quote: string;
  start: number;
  end: number;
}

const NAME = String.raw`[\p{Lu}][\p{L}\p{N}&'’.\- ]{0,38}?`;
const ARCHIVE = String.raw`(?:\s*\/\s*${anyCase("(?:archives?|file|dr|handout|pool)")})?`;
const PHOTO_WORDS = anyCase("(?:photos?|image|video|vidéo|file photo|archive photo|photo d'archives?)");
const CREDIT_WORDS = anyCase("(?:crédits? photos?|photo credit|credit|crédit|photos?|image|illustration)");

/** credit markers that end a caption; the name is the first group */
const END_MARKERS: RegExp[] = [
  // "(AFP photo)", "(Reuters file photo)"
  new RegExp(String.raw`\(\s*(${NAME})\s+${PHOTO_WORDS}\s*\)$`, "u"),
  // "(Photo: Reuters)", "(photo AFP)", "(Crédit photo : Tasnim)"
  new RegExp(String.raw`\(\s*${CREDIT_WORDS}\s*[:/\-–]?\s*(${NAME})${ARCHIVE}\s*\)$`, "u"),
  // "(AP Photo/Evan Vucci)"
  new RegExp(String.raw`\(\s*(${NAME})\s+Photo\s*\/\s*[^()]{1,40}\)$`, "u"),
  // "©Tasnim/archives", "© AFP 2019"
  new RegExp(String.raw`©\s*(${NAME})(?:\s+\d{4})?${ARCHIVE}\s*$`, "u"),
  // "Deir ez-Zor./Sputnik": a slash glued after the caption's last punctuation
  new RegExp(String.raw`(?<=[.!?»"”)]\s?)\/\s*(${NAME})${ARCHIVE}\s*$`, "u"),
  // "REUTERS/Kevin Lamarque", "AFP PHOTO / JOHN DOE": an agency in capitals, then a person's name
  new RegExp(String.raw`(?<=^|\s)(\p{Lu}{2,}(?: PHOTO)?)\s*\/\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$`, "u"),
  // "… Getty Images"
  /((?:AFP\s+via\s+)?Getty Images)\s*\)?$/u,
];

/** a credit line on its own, or the opening of a caption: "Photo : AFP", "Crédit photo: Sputnik" */
const START_MARKER = new RegExp(
  String.raw`^(?:${CREDIT_WORDS}|${anyCase("(?:capture d'écran|screenshot)")})\s*[:\-–]\s*(${NAME})${ARCHIVE}\s*(?:$|[,;])`,
  "u",
);

const TAIL_CHARS = 120;

export function findPhotoCredit(text: string): PhotoCredit | null {
  const offset = Math.max(0, text.length - TAIL_CHARS);
  const tail = text.slice(offset).trimEnd();
  // every end marker holds a bracket, a slash, a © or "Getty": most paragraphs hold none of them
  for (const marker of /[(/©]|Getty/.test(tail) ? END_MARKERS : []) {
    const match = marker.exec(tail);
    if (match?.[1] && /\p{L}/u.test(match[1])) {
      return { name: cleanName(match[1]), quote: match[0].trim(), start: offset + match.index, end: offset + match.index + match[0].length };
    }
  }
  const start = START_MARKER.exec(text.slice(0, TAIL_CHARS));
  if (start?.[1]) return { name: cleanName(start[1]), quote: start[0].trim(), start: start.index, end: start.index + start[0].length };
  return null;
}

function cleanName(name: string): string {
  return name.replace(/\s+(?:PHOTO|photo)$/u, "").replace(/[\s.,;:'’\-]+$/u, "").trim();
}

/** Keywords in any case without the `i` flag, which would make \p{Lu} match lower case too. */
function anyCase(pattern: string): string {
  return pattern.replace(/\p{L}/gu, (letter) => {
    const upper = letter.toUpperCase();
    const lower = letter.toLowerCase();
    return upper === lower ? letter : `[${lower}${upper}]`;
  });
}
