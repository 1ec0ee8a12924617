import { describe, expect, it } from "vitest";
import { relateValues } from "./relate-values.ts";
import type { CellValue } from "./types.ts";

const span = { start: 0, end: 1, text: "x" };
const value = (canonical: string, label: string, detail?: CellValue["detail"]): CellValue => ({ canonical, label, span, inferred: false, confidence: 0.9, ...(detail ? { detail } : {}) });
const figure = (amount: number, hedge: string, lemma = "jihadist") => value(`${amount}|${hedge}|${lemma}`, `${hedge} ${amount}`, { value: amount, hedge, lemma });

describe("relateValues: places", () => {
  it("agrees on one canonical place whatever the language, and conflicts on two cities", () => {
    expect(relateValues("place", [value("city:iq:baghdad", "Baghdad (Bagdad)")], [value("city:iq:baghdad", "Baghdad")]).relation).toBe("agree");
    expect(relateValues("place", [value("city:iq:baghdad", "Baghdad")], [value("city:iq:erbil", "Erbil")]).relation).toBe("conflict");
  });

  it("takes a city and its country as one claim at two precisions", () => {
    expect(relateValues("place", [value("city:iq:baghdad", "Baghdad")], [value("country:iq", "Iraq")]).relation).toBe("partial");
    expect(relateValues("place", [value("city:iq:baghdad", "Baghdad")], [value("country:sy", "Syria")]).relation).toBe("conflict");
  });
});

describe("relateValues: dates", () => {
  const weekday = (day: number, label: string) => value(`weekday:${day}`, label, { weekday: day, iso: null });
  it("conflicts on jeudi against samedi, across languages through the weekday number", () => {
    const related = relateValues("date", [weekday(4, "Thursday (jeudi)")], [weekday(6, "Saturday")]);
    expect(related.relation).toBe("conflict");
    expect(related.reason).toMatch(/Thursday vs Saturday/);
    expect(relateValues("date", [weekday(4, "Thursday (jeudi)")], [weekday(4, "Thursday")]).relation).toBe("agree");
  });

  it("fits a weekday to the full date that falls on it, and refuses one that does not", () => {
    const full = value("2019-06-13", "13 June 2019", { iso: "2019-06-13" });
    expect(relateValues("date", [weekday(4, "Thursday")], [full]).relation).toBe("partial");
    expect(relateValues("date", [weekday(5, "Friday")], [full]).relation).toBe("conflict");
    expect(relateValues("date", [full], [value("2019-06-15", "15 June 2019", { iso: "2019-06-15" })]).relation).toBe("conflict");
  });
});

describe("relateValues: figures", () => {
  it("agrees on the same figure and hedge, and calls a different hedge on one figure partial", () => {
    expect(relateValues("number", [figure(2000, "about")], [figure(2000, "about")]).relation).toBe("agree");
    expect(relateValues("number", [figure(2000, "about")], [figure(2000, "exact")]).relation).toBe("partial");
  });

  it("puts 'about 2,000' and 2,100 within the 10% tolerance, and 2,000 against 2,500 in conflict", () => {
    expect(relateValues("number", [figure(2000, "about")], [figure(2100, "exact")]).relation).toBe("partial");
    expect(relateValues("number", [figure(2000, "about")], [figure(2500, "exact")]).relation).toBe("conflict");
    expect(relateValues("number", [figure(2000, "exact")], [figure(2100, "exact")]).relation).toBe("conflict");
  });

  it("reads 'at least 40 killed' as holding for 43 and not for 37", () => {
    expect(relateValues("number", [figure(40, "at-least", "dead")], [figure(43, "exact", "dead")]).relation).toBe("partial");
    expect(relateValues("number", [figure(37, "exact", "dead")], [figure(40, "at-least", "dead")]).relation).toBe("conflict");
  });

  it("reads 'more than 250' as holding for 300 and not for 200", () => {
    expect(relateValues("number", [figure(250, "more-than")], [figure(300, "exact")]).relation).toBe("partial");
    expect(relateValues("number", [figure(250, "more-than")], [figure(200, "exact")]).relation).toBe("conflict");
  });
});

describe("relateValues: sets and leadership", () => {
  const countries = (...codes: string[]) => codes.map((code) => value(`country:${code}`, code.toUpperCase()));
  it("agrees on the same countries in any order, is partial on a subset and conflicts when each names one the other lacks", () => {
    expect(relateValues("countries", countries("iq", "ir", "ru", "sy"), countries("sy", "ru", "ir", "iq")).relation).toBe("agree");
    expect(relateValues("countries", countries("iq", "ir", "ru", "sy"), countries("iq", "ir")).relation).toBe("partial");
    const conflict = relateValues("countries", countries("iq", "ir"), countries("iq", "cn"));
    expect(conflict.relation).toBe("conflict");
    expect(conflict.reason).toBe("IR vs CN");
  });

  it("sets a chair at intelligence-chief level against delegations led by deputy chiefs of staff", () => {
    const chaired = [value("saad mozher al-allaq", "Saad Mozher al-Allaq", { role: "chair", rank: "intelligence-chief" })];
    const deputies = [value("rank:deputy-chief-of-staff", "deputy chiefs of staff", { role: "delegation", rank: "deputy-chief-of-staff" })];
    expect(relateValues("leadership", chaired, deputies).relation).toBe("conflict");
    expect(relateValues("leadership", chaired, [value("saad mozher al-allaq", "al-Allaq", { role: "chair", rank: "intelligence-chief" })]).relation).toBe("agree");
    expect(relateValues("leadership", chaired, [value("karim al-saadi", "Karim al-Saadi", { role: "chair", rank: "intelligence-chief" })]).relation).toBe("conflict");
  });
});
