import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lexiconStems, loadFreedictLexicon } from "./freedict-lexicon.ts";

// Debian's dict-freedict-fra-eng / -eng-fra (scripts/ensure-apertium.sh installs them).
describe("loadFreedictLexicon", () => {
  it("reads the installed dictionaries: a headword gives its translations' English stems", () => {
    const lexicon = loadFreedictLexicon()!;
    expect(lexicon.headwords).toBeGreaterThan(8000);
    expect(lexicon.lookup("sauter")).toEqual(expect.arrayContaining(["jump", "leap"]));
  });

  it("finds an inflected form through its French stem", () => {
    const lexicon = loadFreedictLexicon()!;
    expect(lexicon.lookup("réfugiés")).toEqual(expect.arrayContaining(["refuge"]));
    expect(lexicon.lookup("Sauté")).toEqual(expect.arrayContaining(["jump"]));
  });

  it("answers null for a word it lacks, and for a directory without the dictionaries", () => {
    expect(loadFreedictLexicon()!.lookup("zxqwv")).toBeNull();
    expect(loadFreedictLexicon("/nonexistent/dictd")).toBeNull();
  });

  it("answers null, without throwing, on damaged files", () => {
    const directory = mkdtempSync(path.join(tmpdir(), "parallax-dictd-"));
    for (const name of ["freedict-fra-eng", "freedict-eng-fra"]) {
      writeFileSync(path.join(directory, `${name}.index`), "mot\tA\tB\n");
      writeFileSync(path.join(directory, `${name}.dict.dz`), "not gzip");
    }
    expect(loadFreedictLexicon(directory)).toBeNull();
  });
});

describe("lexiconStems", () => {
  it("carries French content words into English stems and keeps names as they are", () => {
    const stems = lexiconStems(loadFreedictLexicon()!, "Le président Macron a quitté l'hôpital samedi.");
    expect(stems).toEqual(expect.arrayContaining(["presid", "macron", "hospit", "saturday"]));
    expect(stems).not.toContain("le");
  });
});
