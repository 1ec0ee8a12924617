import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../lib/db/migrate.ts";

// `parallax export` on the sample event of data/demo: a text format to stdout, a file with the
// --json metadata README documents, the outlet report, and the exit code of a bad format.
const run = promisify(execFile);
const dir = mkdtempSync(path.join(os.tmpdir(), "parallax-cli-export-"));
const dbFile = path.join(dir, "cli.db");
const parallax = async (...args: string[]) =>
  (await run(path.join(REPO_ROOT, "node_modules", ".bin", "tsx"), [path.join(REPO_ROOT, "cli", "index.ts"), ...args, "--db", dbFile], { cwd: dir, maxBuffer: 64 * 1024 * 1024 })).stdout;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("parallax export", () => {
  it("writes an event's report to stdout or a file, and an outlet's", { timeout: 180_000 }, async () => {
    const imported = JSON.parse(await parallax("import", path.join(REPO_ROOT, "data", "demo"), "--json")) as { events: { assignments: Record<string, string> } };
    const [eventId] = [...new Set(Object.values(imported.events.assignments))];

    const markdown = await parallax("export", eventId!, "--format", "md");
    expect(markdown).toMatch(/^# \\\[Sample\\\]/);
    expect(markdown).toContain("## What each outlet claims");

    const out = path.join(dir, "report.csv");
    const written = JSON.parse(await parallax("export", eventId!, "--format", "csv", "--out", out, "--json")) as Record<string, unknown>;
    expect(written).toEqual({ format: "csv", path: out, bytes: readFileSync(out).byteLength, contentType: "text/csv; charset=utf-8", eventId });

    const outlet = JSON.parse(await parallax("export", "--outlet", "Reuters", "--format", "html", "--json")) as { path: string; outlet: string };
    expect(outlet.outlet).toBe("Reuters");
    expect(path.basename(outlet.path)).toMatch(/^outlet-report-reuters-\d{4}-\d{2}-\d{2}\.html$/);
    expect(readFileSync(outlet.path, "utf8")).toContain(`<h1 class="headline">Reuters</h1>`);

    // the shared Chromium is closed when the command ends: the process exits at once (timeout: killed)
    const pdfFile = path.join(dir, "report.pdf");
    const started = Date.now();
    await run(path.join(REPO_ROOT, "node_modules", ".bin", "tsx"), [path.join(REPO_ROOT, "cli", "index.ts"), "export", eventId!, "--format", "pdf", "--out", pdfFile, "--db", dbFile], { cwd: dir, timeout: 45_000 });
    expect(readFileSync(pdfFile).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(Date.now() - started).toBeLessThan(45_000);

    const bad = await parallax("export", eventId!, "--format", "docx").catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toMatch(/format must be one of html, md, pdf, csv, claimreview/);
  });
});
