import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parse } from "content-disposition";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { addUserByCli, E2E_DB, signInRequest } from "./support/accounts";

// Issue 15, findings 13 and 16 against the running app: evidence named in any script downloads
// (RFC 6266 filename*), is never cached, an uploader never learns another user's copy of the same
// bytes, and a "%" in a path segment is a 404, not a 500 from decoding it a second time.
// Issue 15 #7 through the report route: a user's second PDF while the first prints is a 429.
// The spec makes its own accounts and outlet so that it can run alone (`--project=review
// --no-deps`); in the full run ingest.spec.ts has already imported the same file (a duplicate).

const run = randomUUID().slice(0, 8);
const emails = { first: `exports-first-${run}@example.org`, second: `exports-second-${run}@example.org` };
const contexts: Record<keyof typeof emails, APIRequestContext | null> = { first: null, second: null };

test.beforeAll(async ({ baseURL }) => {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["cli/index.ts", "import", path.resolve("e2e/fixtures/damas-visite.html"), "--db", E2E_DB], { stdio: "pipe" });
  for (const who of ["first", "second"] as const) {
    addUserByCli(emails[who], "reviewer", `Exports ${who}`);
    const context = await playwrightRequest.newContext({ baseURL });
    await signInRequest(context, baseURL!, emails[who]);
    contexts[who] = context;
  }
});

test.afterAll(async () => {
  for (const context of Object.values(contexts)) await context?.dispose();
});

async function upload(who: keyof typeof emails, baseURL: string, name: string, content: string): Promise<{ id: string; fileName: string; sha256: string }> {
  const response = await contexts[who]!.post("/api/evidence", {
    headers: { origin: baseURL },
    multipart: { file: { name, mimeType: "text/plain", buffer: Buffer.from(content) } },
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { file: { id: string; fileName: string; sha256: string } }).file;
}

test("evidence named in Cyrillic, Arabic, CJK or with an RTL override downloads under its name, never cached", async ({ baseURL }) => {
  const names = ["Отчёт министерства.txt", "تقرير الوزارة.txt", "部长的报告.txt", "invoice\u202Etxt.exe"];
  for (const [index, name] of names.entries()) {
    const stored = await upload("first", baseURL!, name, `note ${run} ${index}`);
    const download = await contexts.first!.get(`/api/evidence/${stored.id}`);
    expect(download.status(), name).toBe(200);
    // the name a browser saves: filename* when present, else filename (an RTL override is dropped)
    const { type, parameters } = parse(download.headers()["content-disposition"]!);
    expect(type).toBe("attachment");
    expect(parameters.filename).toBe(name.replace("\u202E", ""));
    expect(download.headers()["cache-control"]).toBe("no-store");
    expect(await download.text()).toBe(`note ${run} ${index}`);
  }
});

test("the same bytes uploaded by two users give each their own record", async ({ baseURL }) => {
  const content = `the same leaked memo ${run}`;
  const first = await upload("first", baseURL!, "source-name-only-i-know.txt", content);
  const second = await upload("second", baseURL!, "my-copy.txt", content);
  expect(second.id).not.toBe(first.id);
  expect(second.fileName).toBe("my-copy.txt");
  expect(second.sha256).toBe(first.sha256);
  const again = await upload("second", baseURL!, "renamed.txt", content);
  expect(again.id).toBe(second.id);
  const download = await contexts.second!.get(`/api/evidence/${second.id}`);
  expect(download.headers()["content-disposition"]).toContain("my-copy.txt");
});

test("a % in a path segment is not decoded twice: 404, not 500", async () => {
  const outlet = await contexts.first!.get("/api/outlets/%25/report?format=md");
  expect(outlet.status()).toBe(404);
  const event = await contexts.first!.get("/api/events/%25/report?format=md");
  expect(event.status()).toBe(404);
  const claim = await contexts.first!.get("/events/no-such-event/claims/%25");
  expect(claim.status()).toBe(404);
});

test("a claim page finds a row id with ':' and spaces, and a '%' is a plain 404, not a server error", async () => {
  const events = await (await contexts.first!.get("/events")).text();
  const eventId = /data-event-id="([^"]+)"/.exec(events)![1]!;
  // the rows of whichever event comes first (a one-outlet event shows no table to take links from)
  const compared = execFileSync(path.resolve("node_modules/.bin/tsx"), ["cli/index.ts", "compare", eventId, "--json", "--db", E2E_DB], { encoding: "utf8" });
  const rowIds = (JSON.parse(compared) as { comparison: { rows: { id: string }[] } }).comparison.rows.map((row) => row.id);
  const rowId = rowIds.find((id) => id.includes(":") && id.includes(" ")) ?? rowIds.find((id) => id.includes(":"))!;
  const claim = await contexts.first!.get(`/events/${eventId}/claims/${encodeURIComponent(rowId)}`);
  expect(claim.status()).toBe(200);
  expect(await claim.text()).toMatch(/<title>Review · /);
  const percent = await contexts.first!.get(`/events/${eventId}/claims/%25`);
  expect(percent.status()).toBe(404);
  // a render that threw carries a numeric error digest beside the not-found one
  expect(await percent.text()).not.toMatch(/digest\\?":\\?"\d+/);
});

test("PDF exports: one in flight per user (429 for the second), served no-store with an RFC 6266 name", async () => {
  const url = `/api/outlets/${encodeURIComponent("Le Courrier du Levant")}/report?format=pdf`;
  const [first, second, other] = await Promise.all([contexts.first!.get(url), contexts.first!.get(url), contexts.second!.get(url)]);
  const statuses = [first.status(), second.status()].sort();
  expect(statuses).toEqual([200, 429]);
  const refused = first.status() === 429 ? first : second;
  expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/previous PDF export/) });
  expect(other.status()).toBe(200);
  const served = first.status() === 200 ? first : second;
  expect(served.headers()["content-type"]).toBe("application/pdf");
  expect(served.headers()["cache-control"]).toBe("no-store");
  expect(parse(served.headers()["content-disposition"]!).parameters.filename).toMatch(/^outlet-report-le-courrier-du-levant-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect((await served.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  // once it is done, the same user may print again
  expect((await contexts.first!.get(url)).status()).toBe(200);
});
