import { describe, expect, it } from "vitest";
import { findDateline } from "./find-dateline.ts";

const valueOf = (text: string) => findDateline(text)?.value ?? null;

describe("findDateline", () => {
  it("reads agency datelines in French and English", () => {
    expect(findDateline("DAMAS, 18 octobre (Xinhua) -- Le chef d'état-major", 40)).toEqual({ value: "DAMAS, 18 octobre (Xinhua)", agency: "Xinhua", start: 40, end: 66 });
    expect(valueOf("BEIJING, Oct. 18 (Xinhua) — China is ready")).toBe("BEIJING, Oct. 18 (Xinhua)");
    expect(valueOf("PARIS (AFP) - Le gouvernement")).toBe("PARIS (AFP)");
    expect(valueOf("Paris (AFP) - Le gouvernement")).toBe("Paris (AFP)");
    expect(valueOf("WASHINGTON (Reuters) - The Senate")).toBe("WASHINGTON (Reuters)");
    expect(valueOf("NEW YORK, June 3, 2019 (Reuters) - Stocks")).toBe("NEW YORK, June 3, 2019 (Reuters)");
  });

  it("reads a bare place before an em dash, with a US state", () => {
    expect(valueOf("WASHINGTON — Michael Steele drew criticism")).toBe("WASHINGTON");
    expect(valueOf("HARTFORD, Conn. — Connecticut Attorney General")).toBe("HARTFORD, Conn.");
    expect(valueOf("WASHINGTON -- The Senate GOP's threat")).toBe("WASHINGTON");
  });

  it("ignores rubrics, titles and sentences with a dash", () => {
    expect(valueOf("CYCLISME – Lance Armstrong sera au départ")).toBeNull();
    expect(valueOf("USA - Barack Obama a choisi")).toBeNull();
    expect(valueOf("Le ministre - qui était absent - a parlé")).toBeNull();
    expect(valueOf("EI : l'Irak reçoit des chefs militaires")).toBeNull();
  });
});
