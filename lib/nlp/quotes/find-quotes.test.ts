import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CountryCode, OrganisationMention, PersonMention, QuoteMention } from "../types.ts";
import { findQuotes } from "./find-quotes.ts";

// People and organisations are built here by hand, as lib/nlp/entities would give them, so the
// quote attribution is tested on its own. Seeds are the project's sample articles (data/samples).
const seed = (name: string) => readFileSync(new URL(`../../../data/samples/${name}`, import.meta.url), "utf8");

interface PersonSpec {
  written: string;
  /** canonical full name; a later, shorter mention corefers to it */
  name: string;
  role?: string;
  country?: CountryCode;
  occurrence?: number;
}

function people(text: string, specs: PersonSpec[]): PersonMention[] {
  return specs
    .map((spec) => {
      let start = -1;
      for (let seen = 0; seen <= (spec.occurrence ?? 0); seen += 1) start = text.indexOf(spec.written, start + 1);
      if (start === -1) throw new Error(`fixture: "${spec.written}" not in text`);
      const id = spec.name.toLowerCase();
      const canonical = spec.written === spec.name;
      return {
        start,
        end: start + spec.written.length,
        text: spec.written,
        id,
        name: spec.name,
        role: spec.role ?? null,
        roleSpan: null,
        country: spec.country ?? null,
        coreference: canonical ? null : { personId: id, inferred: false },
      };
    })
    .sort((a, b) => a.start - b.start);
}

function organisation(text: string, written: string, id: string, name: string): OrganisationMention {
  const start = text.indexOf(written);
  return { start, end: start + written.length, text: written, id, name, orgType: "ministry", country: "IQ" };
}

const directQuotes = (quotes: QuoteMention[]) => quotes.filter((quote) => quote.direct);
const summary = (quotes: QuoteMention[]) =>
  directQuotes(quotes).map((quote) => [quote.quote.replace(/\s+/g, " ").slice(0, 30), quote.speaker.name, quote.speaker.inferred]);

describe("findQuotes on the seeds (gold: data/eval seeds-gold quotes)", () => {
  it("000: a pronoun speaker after « … », s'est-il félicité is inferred", () => {
    const text = seed("000_a7392bfecf3fe0bd.txt");
    const found = findQuotes({ text, language: "fr", published: "2019-06" }, people(text, [
      { written: "Saad Mozher al-Allaq", name: "Saad Mozher al-Allaq", role: "major général", country: "IQ" },
      { written: "Mohammad Javad Zarif", name: "Mohammad Javad Zarif", role: "ministre iranien des Affaires étrangères", country: "IR" },
      { written: "Mostafa Moradian", name: "Mostafa Moradian", role: "général", country: "IR" },
      { written: "Moradian", name: "Mostafa Moradian", occurrence: 1 },
    ]), []);
    const direct = directQuotes(found);
    expect(direct.map((quote) => quote.quote.slice(0, 30))).toEqual([
      "La coopération entre l’Iran, l",
      "Notre message et notre choix s",
      "Nous sommes convaincus que l’u",
    ]);
    expect(direct[0]!.speaker).toMatchObject({ id: "saad mozher al-allaq", resolution: "pronoun", inferred: true });
    expect(direct[0]!.verb?.text).toBe("s’est-il félicité");
    expect(direct[1]!.speaker).toMatchObject({ id: "mohammad javad zarif", inferred: true });
    expect(direct[2]!.speaker).toMatchObject({ id: "mostafa moradian", resolution: "explicit", inferred: false });
    // « with NBSP inside: the quote is the words, not the marks or the spaces
    expect(direct[0]!.quote.startsWith("La coopération")).toBe(true);
    expect(direct[0]!.quote.endsWith("en Syrie")).toBe(true);
  });

  it("001: a role phrase without a name resolves to the person holding the role; 'Et de poursuivre' keeps the speaker", () => {
    const text = seed("001_f28c37849755220d.txt");
    const found = findQuotes({ text, language: "fr", published: null }, people(text, [
      { written: "Wei Fenghe", name: "Wei Fenghe", role: "ministre chinois de la Défense", country: "CN" },
      { written: "Amir Hatami", name: "Amir Hatami", role: "général de brigade", country: "IR" },
      { written: "Amir Hatami", name: "Amir Hatami", occurrence: 1 },
      { written: "Wang Yi", name: "Wang Yi", role: "ministre chinois des Affaires étrangères", country: "CN" },
      { written: "Mohammad Javad Zarif", name: "Mohammad Javad Zarif", country: "IR" },
      { written: "Amir Hatami", name: "Amir Hatami", occurrence: 2 },
    ]), []);
    expect(summary(found)).toEqual([
      ["Pékin est prêt à approfondir l", "Wei Fenghe", false],
      ["Les relations entre les forces", "Wei Fenghe", false],
      ["Pendant ces dernières années, ", "Wei Fenghe", true],
      ["Pékin et Téhéran se sont soute", "Wei Fenghe", true],
      ["Téhéran apprécie hautement le ", "Amir Hatami", true],
    ]);
    expect(directQuotes(found)[1]!.speaker.resolution).toBe("role");
  });

  it("002: an organisation speaks; 'selon X' attributes a quote later in the sentence; scare quotes are left out", () => {
    const text = seed("002_2e248bc0dc966fa8.txt");
    const ministry = organisation(text, "ministère de la Défense irakien", "org:iq:ministry-of-defence", "Iraqi Ministry of Defence");
    const found = findQuotes({ text, language: "fr", published: null }, people(text, [
      { written: "Abou Bakr al-Baghdadi", name: "Abou Bakr al-Baghdadi" },
      { written: "Hicham al-Hachemi", name: "Hicham al-Hachemi", role: "expert", country: "IQ" },
    ]), [ministry]);
    expect(summary(found)).toEqual([
      ["renforcer la coopération et la", "Iraqi Ministry of Defence", false],
      ["est de se venger de ceux qui l", "Hicham al-Hachemi", false],
    ]);
  });

  it("003: one quote after a colon, the name nearest the verb speaks; short scare quotes are not quotes", () => {
    const text = seed("003_b719beed4ea8af72.txt");
    const found = findQuotes({ text, language: "fr", published: null }, people(text, [
      { written: "Sergueï Narychkine", name: "Sergueï Narychkine", role: "directeur du Service des renseignements extérieurs", country: "RU" },
      { written: "Narychkine", name: "Sergueï Narychkine", occurrence: 1 },
      { written: "Sergueï Ivanov", name: "Sergueï Ivanov", role: "porte-parole", country: "RU" },
      { written: "Ali Larijani", name: "Ali Larijani", country: "IR" },
    ]), []);
    expect(summary(found)).toEqual([["Aujourd'hui, le voyage de trav", "Sergueï Ivanov", false]]);
  });

  it("004: straight quotes, 'a-t-il insisté, ajoutant :' keeps Bagheri, 'le général syrien' is Ayoub by role", () => {
    const text = seed("004_f195220d0e5b627c.txt");
    const found = findQuotes({ text, language: "fr", published: "2017-10-18T22:55" }, people(text, [
      { written: "Ali Ayoub", name: "Ali Ayoub", role: "chef d'état-major de l'armée syrienne", country: "SY" },
      { written: "Mohammad Hossein Bagheri", name: "Mohammad Hossein Bagheri", role: "général", country: "IR" },
      { written: "général Ayoub", name: "Ali Ayoub" },
      { written: "général Bagheri", name: "Mohammad Hossein Bagheri" },
    ]), []);
    const direct = directQuotes(found);
    for (const [starts, speaker] of [
      ["Nous avons eu des discussions p", "Ali Ayoub"],
      ["l'expérience accumulée", "Ali Ayoub"],
      ["Nous sommes ici à Damas pour n", "Mohammad Hossein Bagheri"],
      ["Nous avons discuté des moyens ", "Mohammad Hossein Bagheri"],
    ]) {
      expect(direct.find((quote) => quote.quote.startsWith(starts!))?.speaker.name).toBe(speaker);
    }
    expect(directQuotes(found).find((quote) => quote.quote.startsWith("Nous sommes ici"))!.speaker.inferred).toBe(true);
  });
});

describe("findQuotes on English wire copy (written for these tests)", () => {
  const text =
    "Iraq's defence ministry hosted the talks on Saturday. \u201cWe will keep sharing intelligence with our neighbours,\u201d " +
    "Defence Minister Najah al-Shammari said after the meeting. \u201cThe threat has not gone away,\u201d he added.\n\n" +
    "A senior official said that about 2,000 fighters remained active in the desert.\n\n" +
    "\u201cThis is only the beginning of a long campaign against the cells,\u201d the statement read in part.";
  const shammari: PersonMention = {
    start: text.indexOf("Najah al-Shammari"), end: text.indexOf("Najah al-Shammari") + 17, text: "Najah al-Shammari",
    id: "najah al-shammari", name: "Najah al-Shammari", role: "Defence Minister", roleSpan: null, country: "IQ", coreference: null,
  };
  const found = findQuotes({ text, language: "en", published: "2019-06-15" }, [shammari], []);

  it("attributes a name before 'said' and a pronoun before 'added' (inferred)", () => {
    expect(found[0]).toMatchObject({ quote: "We will keep sharing intelligence with our neighbours,", direct: true });
    expect(found[0]!.speaker).toMatchObject({ id: "najah al-shammari", resolution: "explicit", inferred: false });
    expect(found[1]!.speaker).toMatchObject({ id: "najah al-shammari", resolution: "pronoun", inferred: true });
  });

  it("reports 'said that' as indirect speech, and never guesses an unnamed speaker", () => {
    const reported = found.find((quote) => !quote.direct)!;
    expect(reported.quote).toBe("about 2,000 fighters remained active in the desert");
    expect(reported.speaker).toEqual({ id: null, name: "unresolved", span: null, resolution: "unresolved", inferred: false });
    const long = found.find((quote) => quote.quote.startsWith("This is only"))!;
    expect(long.speaker.resolution).toBe("unresolved");
  });
});
