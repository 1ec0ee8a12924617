// One person, several spellings: "Saad Mozher al-Allaq", "Saad al-Allaq", "Gen. al-Allaq". Outlets
// drop middle names and transliterate Arabic and Persian names differently, so two person ids are
// taken as one person when their surnames match (article "al-"/"el-" and doubled letters aside)
// and their first names, where both give one, share their first consonants.

import { foldText } from "../../ingest/clean/fold-text.ts";

interface NameParts {
  surname: string;
  first: string | null;
}

function parts(id: string): NameParts {
  const tokens = foldText(id).replace(/^person:/, "").split(/[\s]+/).filter(Boolean);
  const last = tokens.at(-1) ?? "";
  return { surname: simplify(last), first: tokens.length > 1 ? simplify(tokens[0]!) : null };
}

/** "al-allaq" → "alaq", "el-alak" → "alak": the letters transliterations disagree on are dropped */
function simplify(token: string): string {
  return token
    .replace(/^(al|el|ul|ad|ar|as|at|an|ash)-/, "")
    .replace(/-/g, "")
    // French writes "ch" and "ou" where English writes "sh" and "u": Narychkine / Naryshkin, Moustafa / Mustafa
    .replace(/ch/g, "sh")
    .replace(/ou/g, "u")
    .replace(/(.)\1+/g, "$1")
    .replace(/[aeiouy]+$/g, "")
    .replace(/k/g, "q");
}

/** a first name's first three consonants: "moustafa" and "mostafa" → "mst", "sergueï" and "sergei" → "srg" */
function skeleton(name: string): string {
  return name.replace(/[aeiouyh]/g, "").slice(0, 3);
}

/**
 * A key two spellings of one surname share ("al-Hachemi" and "al-Hashemi" → "hashem", "Narychkine"
 * and "Naryshkin" → "narishqin"): what event grouping matches names across languages on.
 */
export function surnameKey(id: string): string {
  return parts(id).surname;
}

export function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [parts(a), parts(b)];
  if (!x.surname || x.surname !== y.surname) return false;
  return !x.first || !y.first || skeleton(x.first) === skeleton(y.first);
}

/** groups ids of one person: each id -> the first id of its group (heads looked up by surname, not scanned) */
export function clusterPeople(ids: string[]): Map<string, string> {
  const headsBySurname = new Map<string, { id: string; first: string | null }[]>();
  const result = new Map<string, string>();
  for (const id of ids) {
    if (result.has(id)) continue;
    const { surname, first } = parts(id);
    const heads = headsBySurname.get(surname) ?? [];
    const head = surname ? heads.find((candidate) => !candidate.first || !first || skeleton(candidate.first) === skeleton(first)) : undefined;
    if (head) result.set(id, head.id);
    else {
      heads.push({ id, first });
      headsBySurname.set(surname, heads);
      result.set(id, id);
    }
  }
  return result;
}
