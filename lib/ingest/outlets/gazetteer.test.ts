import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors.ts";
import { loadGazetteer, matchOutlet } from "./gazetteer.ts";

const gazetteer = loadGazetteer();
const slugOf = (value: string) => matchOutlet(gazetteer, value)?.slug ?? null;

describe("data/outlets.json", () => {
  it("holds 60+ outlets with unique slugs, names and domains", () => {
    expect(gazetteer.outlets.length).toBeGreaterThanOrEqual(60);
    const slugs = gazetteer.outlets.map((outlet) => outlet.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const domains = gazetteer.outlets.flatMap((outlet) => outlet.domains);
    expect(new Set(domains).size).toBe(domains.length);
  });
});

describe("matchOutlet", () => {
  it("matches names and French/English aliases whatever the case, accents and articles", () => {
    expect(slugOf("FRENCH PRESS TV")).toBe("press-tv");
    expect(slugOf("PressTV")).toBe("press-tv");
    expect(slugOf("Chine nouvelle")).toBe("xinhua");
    expect(slugOf("agence france-presse")).toBe("afp");
    expect(slugOf("l'AFP")).toBe("afp");
    expect(slugOf("The New York Times")).toBe("nyt");
    expect(slugOf("Liberation")).toBe("liberation");
    expect(slugOf("Al-Jazeera")).toBe("al-jazeera");
  });

  it("matches domains, subdomains and URLs, and dateline tags", () => {
    expect(slugOf("french.xinhuanet.com")).toBe("xinhua");
    expect(slugOf("https://www.presstv.ir/Detail/2019/12/11/613/")).toBe("press-tv");
    expect(slugOf("fr.sputniknews.com")).toBe("sputnik");
    expect(slugOf("(Xinhua)")).toBe("xinhua");
  });

  it("finds the name behind a descriptor, and nothing in an unknown name", () => {
    expect(slugOf("l'agence iranienne Mehr News")).toBe("mehr-news");
    expect(slugOf("state news agency IRNA")).toBe("irna");
    expect(slugOf("Le Journal de Nulle Part")).toBeNull();
    expect(slugOf("unknown-site.example")).toBeNull();
  });
});

describe("loadGazetteer with a user file", () => {
  const directory = mkdtempSync(path.join(tmpdir(), "parallax-outlets-"));

  it("adds outlets and extends known ones", () => {
    const file = path.join(directory, "extra.json");
    writeFileSync(file, JSON.stringify({
      outlets: [
        { slug: "le-courrier-test", name: "Le Courrier Test", domains: ["courrier-test.example"], kind: "newspaper" },
        { slug: "xinhua", name: "Xinhua", aliases: ["Xinhua Français"], kind: "agency", country: "CN", ownership: "state-owned" },
      ],
    }));
    const extended = loadGazetteer({ extraFiles: [file] });
    expect(matchOutlet(extended, "courrier-test.example")?.slug).toBe("le-courrier-test");
    expect(matchOutlet(extended, "Xinhua Français")?.slug).toBe("xinhua");
    expect(matchOutlet(extended, "Chine nouvelle")?.slug).toBe("xinhua");
  });

  it("says which file and entry is wrong", () => {
    const file = path.join(directory, "bad.json");
    writeFileSync(file, JSON.stringify({ outlets: [{ slug: "Bad Slug", name: "X", kind: "newspaper" }] }));
    expect(() => loadGazetteer({ extraFiles: [file] })).toThrow(AppError);
    expect(() => loadGazetteer({ extraFiles: [file] })).toThrow(/bad\.json: outlets\.0\.slug/);
    expect(() => loadGazetteer({ extraFiles: [path.join(directory, "missing.json")] })).toThrow(/does not exist/);
  });
});
