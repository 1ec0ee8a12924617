import { describe, expect, it } from "vitest";
import { clusterPeople, samePerson } from "./person-key.ts";

describe("samePerson", () => {
  it("matches the spellings outlets give one person", () => {
    expect(samePerson("saad mozher al-allaq", "saad al-allaq")).toBe(true);
    expect(samePerson("saad mozher al-allaq", "saad al-alaq")).toBe(true);
    expect(samePerson("mohammad bagheri", "mohammed bagheri")).toBe(true);
    expect(samePerson("al-allaq", "saad mozher al-allaq")).toBe(true);
    expect(samePerson("serguei narychkine", "sergei naryshkin")).toBe(true);
    expect(samePerson("moustafa moradian", "mostafa moradian")).toBe(true);
  });

  it("keeps apart people who share only a surname or nothing", () => {
    expect(samePerson("ali bagheri", "mohammad bagheri")).toBe(false);
    expect(samePerson("mostafa moradian", "saad mozher al-allaq")).toBe(false);
  });
});

describe("clusterPeople", () => {
  it("maps every spelling to the first one seen", () => {
    const clusters = clusterPeople(["saad mozher al-allaq", "mostafa moradian", "saad al-allaq"]);
    expect(clusters.get("saad al-allaq")).toBe("saad mozher al-allaq");
    expect(clusters.get("mostafa moradian")).toBe("mostafa moradian");
  });
});
