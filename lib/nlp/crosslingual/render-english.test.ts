import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderEnglish, renderEnglishAsync } from "./render-english.ts";

// Real Apertium runs (scripts/test.sh installs it through scripts/ensure-apertium.sh). The French
// is ours, in the style of wire copy.
const HELICOPTER = "Le sportif a sauté jeudi d'un hélicoptère au-dessus de la capitale.";
const MINISTER = "Le ministre des Affaires étrangères a rencontré son homologue à Damas.";
const FLOOD = "Les inondations ont fait douze morts dans le sud du pays.";

describe("renderEnglish", () => {
  it("renders a French sentence into English words a reader expects", () => {
    const [english] = renderEnglish([HELICOPTER], "fr")!;
    expect(english).toMatch(/helicopter/i);
    expect(english).toMatch(/Thursday/);
    expect(english).toMatch(/jump/i);
  });

  it("keeps the order and the count of a batch, with the renderings a text gets alone", () => {
    const batch = renderEnglish([MINISTER, FLOOD, HELICOPTER], "fr")!;
    expect(batch).toHaveLength(3);
    expect(batch[0]).toMatch(/minister/i);
    expect(batch[1]).toMatch(/flood/i);
    expect(batch[2]).toMatch(/helicopter/i);
    expect(renderEnglish([FLOOD], "fr")).toEqual([batch[1]]);
  });

  it("keeps its neighbours in place when a text holds line breaks and blank lines", () => {
    const rendered = renderEnglish([MINISTER, `${FLOOD}\n\n${HELICOPTER}\nFin.`, FLOOD], "fr")!;
    expect(rendered).toHaveLength(3);
    expect(rendered[0]).toMatch(/minister/i);
    expect(rendered[1]).toMatch(/flood.*helicopter/i);
    expect(rendered[2]).toMatch(/flood/i);
    expect(rendered[2]).not.toMatch(/helicopter/i);
  });

  it("gives an empty list for no texts and an empty rendering for an empty text", () => {
    expect(renderEnglish([], "fr")).toEqual([]);
    const rendered = renderEnglish(["", "  \n ", FLOOD], "fr")!;
    expect(rendered.slice(0, 2)).toEqual(["", ""]);
    expect(rendered[2]).toMatch(/flood/i);
  });

  it("renders Apertium's own stream symbols as text, not as markup", () => {
    const [rendered] = renderEnglish(["Le [budget] ^total$ est de 40 millions @ 5 % <environ> \\ fin."], "fr")!;
    expect(rendered).toMatch(/\[/);
    expect(rendered).toMatch(/40/);
  });

  it("splits a long list into several runs under the batch size, in order", () => {
    const texts = Array.from({ length: 12 }, (_, index) => `Il y a eu ${index + 100} morts samedi.`);
    const rendered = renderEnglish(texts, "fr", { maxBatchLength: 60 })!;
    expect(rendered).toHaveLength(12);
    rendered.forEach((english, index) => expect(english).toContain(String(index + 100)));
  });

  it("cuts an over-long text at a word before rendering", () => {
    const [rendered] = renderEnglish([`${FLOOD} ${"Les secours sont arrivés ".repeat(50)}`], "fr", { maxTextLength: 80 })!;
    expect(rendered).toMatch(/flood/i);
    expect(rendered!.length).toBeLessThan(200);
  });

  it("answers null, without throwing, when the apertium command is missing", () => {
    // texts no other test renders: a cached text needs no run, so any command would answer it
    expect(renderEnglish(["Le président a démissionné lundi."], "fr", { apertium: "/nonexistent/apertium" })).toBeNull();
    expect(renderEnglish(["Deux navires ont été saisis.", "Le port est fermé."], "fr", { apertium: "parallax-no-such-apertium" })).toBeNull();
  });

  it("serves a text seen before from its cache, with no Apertium run", () => {
    const text = "La conférence de presse a eu lieu mardi à Genève.";
    const first = renderEnglish([text], "fr")!;
    expect(renderEnglish([text], "fr", { apertium: "/nonexistent/apertium-cache-check" })).toEqual(first);
  });
});

/** an apertium that never answers: it sleeps for a length no other process on the machine uses */
function hangingApertium(): { command: string; marker: string } {
  const marker = `${40 + Math.floor(Math.random() * 1000)}.${Date.now() % 1000}`;
  const command = path.join(mkdtempSync(path.join(tmpdir(), "parallax-apertium-")), "apertium");
  writeFileSync(command, `#!/bin/sh\nsleep ${marker}\n`);
  chmodSync(command, 0o755);
  return { command, marker };
}

const stillRunning = (marker: string) => execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).includes(`sleep ${marker}`);

describe("renderEnglish on a hung Apertium", () => {
  it("gives up after its timeout with null and leaves no Apertium process behind", async () => {
    const { command, marker } = hangingApertium();
    const started = Date.now();
    expect(renderEnglish(["Le port a rouvert mardi."], "fr", { apertium: command, baseTimeoutMs: 500 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stillRunning(marker)).toBe(false);
  });
});

describe("renderEnglishAsync", () => {
  it("renders a batch in order without blocking, from the same cache", async () => {
    const rendered = await renderEnglishAsync([FLOOD, "Le navire est arrivé vendredi à Marseille.", ""], "fr");
    expect(rendered).toHaveLength(3);
    expect(rendered![0]).toMatch(/flood/i);
    expect(rendered![1]).toMatch(/Friday/);
    expect(rendered![2]).toBe("");
    expect(renderEnglish([FLOOD], "fr", { apertium: "/nonexistent/apertium-async-cache" })).toEqual([rendered![0]]);
  });

  it("answers null when the command is missing or hangs, and leaves no process behind", async () => {
    expect(await renderEnglishAsync(["La frontière a été fermée dimanche."], "fr", { apertium: "/nonexistent/apertium" })).toBeNull();
    const { command, marker } = hangingApertium();
    expect(await renderEnglishAsync(["Le barrage a cédé lundi."], "fr", { apertium: command, baseTimeoutMs: 500 })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stillRunning(marker)).toBe(false);
  });
});
