import { describe, expect, it } from "vitest";
import { findPhotoCredit } from "./find-photo-credit.ts";

const nameOf = (text: string) => findPhotoCredit(text)?.name ?? null;

describe("findPhotoCredit", () => {
  it("reads the credit markers of French and English captions", () => {
    expect(nameOf("US Rep. Ilhan Omar talks with Speaker Nancy Pelosi in Washington, DC. (AFP photo)")).toBe("AFP");
    expect(nameOf("Les soldats syriens déployés à Deir ez-Zor./Sputnik")).toBe("Sputnik");
    expect(nameOf("La rencontre du président du Parlement iranien, août 2013. ©Tasnim/archives")).toBe("Tasnim");
    expect(nameOf("Le président à Paris. (Photo: Reuters)")).toBe("Reuters");
    expect(nameOf("Senators leave the chamber. (AP Photo/Evan Vucci)")).toBe("AP");
    expect(nameOf("Crédits photo : AFP")).toBe("AFP");
  });

  it("finds nothing in prose", () => {
    expect(nameOf("Le ministre a montré une photo du site, selon l'agence.")).toBeNull();
    expect(nameOf("The offer is valid 24/7 in the U.S. and Canada.")).toBeNull();
  });
});
