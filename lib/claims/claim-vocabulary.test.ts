import { describe, expect, it } from "vitest";
import { countLemma } from "./count-lemmas.ts";
import { findRank } from "./delegation-ranks.ts";

describe("countLemma", () => {
  it("gives French and English counted nouns one English lemma", () => {
    expect(countLemma("jihadistes")).toBe(countLemma("jihadists"));
    expect(countLemma("morts")).toBe(countLemma("killed"));
    expect(countLemma("étrangers")).toBe("foreigner");
    expect(countLemma("pays")).toBe(countLemma("countries"));
    expect(countLemma("régions")).toBe(countLemma("regions"));
    expect(countLemma(null)).toBeNull();
  });
});

describe("findRank", () => {
  it("tells deputy chiefs of staff from chiefs of staff in both languages", () => {
    expect(findRank("les adjoints des chefs d'état-major d'Iran")?.key).toBe("deputy-chief-of-staff");
    expect(findRank("deputy chiefs of staff of Iran, Russia and Syria")?.key).toBe("deputy-chief-of-staff");
    expect(findRank("Le chef d'état-major de l'armée syrienne")?.key).toBe("chief-of-staff");
    expect(findRank("Iran's military chief of staff")?.key).toBe("chief-of-staff");
  });

  it("reads ministers, attachés and parliament speakers, and nothing from a plain phrase", () => {
    expect(findRank("le ministre iranien de la Défense")?.key).toBe("defence-minister");
    expect(findRank("Iranian Defense Minister")?.key).toBe("defence-minister");
    expect(findRank("ministre chinois des Affaires étrangères")?.key).toBe("foreign-minister");
    expect(findRank("attaché militaire de la République islamique d'Iran")?.key).toBe("military-attache");
    expect(findRank("président du Parlement iranien")?.key).toBe("parliament-speaker");
    expect(findRank("une source irakienne présente")).toBeNull();
  });
});
