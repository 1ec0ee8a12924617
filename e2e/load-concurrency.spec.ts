import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, E2E_DB, PASSWORD, signInRequest } from "./support/accounts";

// 20 reviewers saving verdicts and outlet notes at once for 30 seconds against the running app.
// Each save names the version it read; a save that lost the race must come back as a conflict,
// never overwrite. Afterwards the database must hold every accepted save exactly once in the
// history (by the token each save carried), and nothing else.

const REVIEWERS = 20;
const DURATION_MS = 30_000;
const ROWS = ["date", "countries", "leadership", "person:fayez al-hamwi", "person:karim al-jubouri"];

interface Accepted {
  entityType: "verdict" | "outlet-note";
  entityId: string;
  version: number;
  token: string;
}

test("20 concurrent reviewers for 30 s: conflicts reported, no save lost or duplicated", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const event = db.prepare("SELECT id FROM events WHERE title LIKE '[Sample]%' ORDER BY articleCount DESC LIMIT 1").get() as { id: string };
  const outlet = db.prepare("SELECT id FROM outlets WHERE slug = 'reuters'").get() as { id: string };
  expect(event?.id && outlet?.id).toBeTruthy();
  // earlier specs may have reviewed these claims already: only this run's history is counted
  const before = new Set((db.prepare("SELECT id FROM revisions").all() as { id: string }[]).map((row) => row.id));

  // the admin makes the reviewers through the API, as the Users page does
  const admin = await playwrightRequest.newContext({ baseURL });
  await signInRequest(admin, baseURL!, ACCOUNTS.admin);
  const origin = { origin: baseURL! };
  const shared = await admin.post(`/api/outlets/${outlet.id}/notes`, { headers: origin, data: { noteId: null, body: "shared note v1", expectedVersion: null } });
  expect(shared.status()).toBe(200);
  const sharedNote = (await shared.json()) as { id: string; version: number };
  const sharedToken = "shared note v1";

  const reviewers: APIRequestContext[] = [];
  for (let index = 0; index < REVIEWERS; index++) {
    const email = `load-${index}-${Date.now()}@example.org`;
    const created = await admin.post("/api/users", { headers: origin, data: { email, role: "reviewer", password: PASSWORD } });
    expect(created.status(), await created.text()).toBe(200);
    const context = await playwrightRequest.newContext({ baseURL });
    await signInRequest(context, baseURL!, email);
    reviewers.push(context);
  }

  const accepted: Accepted[] = [{ entityType: "outlet-note", entityId: sharedNote.id, version: 1, token: sharedToken }];
  let conflicts = 0;
  const errors: string[] = [];
  const deadline = Date.now() + DURATION_MS;

  async function reviewerLoop(context: APIRequestContext, index: number) {
    let known = { id: sharedNote.id, version: sharedNote.version };
    for (let step = 0; Date.now() < deadline; step++) {
      const token = `r${index}-s${step}-${Math.random().toString(36).slice(2, 8)}`;
      if (step % 3 !== 2) {
        const rowId = ROWS[(index + step) % ROWS.length]!;
        const read = await context.get(`/api/verdicts?eventId=${event.id}&rowId=${encodeURIComponent(rowId)}`);
        const current = ((await read.json()) as { verdict: { version: number } | null }).verdict;
        const response = await context.post("/api/verdicts", {
          headers: origin,
          data: { eventId: event.id, rowId, rating: step % 2 ? "mixed" : "false", summary: token, notes: `load test ${token}`, evidence: [], expectedVersion: current?.version ?? null },
        });
        if (response.status() === 200) {
          const { verdict } = (await response.json()) as { verdict: { id: string; version: number } };
          accepted.push({ entityType: "verdict", entityId: verdict.id, version: verdict.version, token });
        } else if (response.status() === 409) conflicts++;
        else errors.push(`verdict ${response.status()} ${await response.text()}`);
      } else {
        // the shared note, from the version this reviewer last knew (often stale: a conflict)
        const response = await context.post(`/api/outlets/${outlet.id}/notes`, { headers: origin, data: { noteId: known.id, body: token, expectedVersion: known.version } });
        if (response.status() === 200) {
          const saved = (await response.json()) as { id: string; version: number };
          known = saved;
          accepted.push({ entityType: "outlet-note", entityId: saved.id, version: saved.version, token });
        } else if (response.status() === 409) {
          conflicts++;
          const details = ((await response.json()) as { error: { details?: { current?: { version: number } } } }).error.details;
          if (details?.current) known = { id: sharedNote.id, version: details.current.version };
        } else errors.push(`note ${response.status()} ${await response.text()}`);
      }
    }
  }

  await Promise.all(reviewers.map((context, index) => reviewerLoop(context, index)));
  for (const context of [admin, ...reviewers]) await context.dispose();

  // every accepted save is in the history exactly once, at its version, with its own words
  const entityIds = [...new Set(accepted.map((save) => save.entityId))];
  const everyRevision = db
    .prepare(`SELECT id, entityType, entityId, version, json_extract("after", '$.summary') AS summary, json_extract("after", '$.body') AS body FROM revisions WHERE entityId IN (${entityIds.map(() => "?").join(",")})`)
    .all(...entityIds) as { id: string; entityType: string; entityId: string; version: number; summary: string | null; body: string | null }[];
  const revisions = everyRevision.filter((row) => !before.has(row.id));
  const history = new Map(everyRevision.map((row) => [`${row.entityType}/${row.entityId}/${row.version}`, row.summary ?? row.body]));
  const lost = accepted.filter((save) => history.get(`${save.entityType}/${save.entityId}/${save.version}`) !== save.token).length;
  const tokens = revisions.map((row) => row.summary ?? row.body);
  const duplicated = tokens.length - new Set(tokens).size;
  // and the current rows are the last accepted version of each
  const verdicts = db.prepare(`SELECT id, version, summary FROM verdicts WHERE eventId = ? AND articleId = '' AND rowId IN (${ROWS.map(() => "?").join(",")})`).all(event.id, ...ROWS) as { id: string; version: number; summary: string }[];
  const staleRows = verdicts.filter((row) => history.get(`verdict/${row.id}/${row.version}`) !== row.summary).length;
  db.close();

  const verdictSaves = accepted.filter((save) => save.entityType === "verdict").length;
  console.log(
    [
      `concurrency: ${REVIEWERS} reviewers, ${DURATION_MS / 1000} s`,
      `  accepted saves   ${accepted.length} (verdicts ${verdictSaves}, notes ${accepted.length - verdictSaves})`,
      `  conflicts        ${conflicts} (reported as 409 with the stored version)`,
      `  other errors     ${errors.length}`,
      `  history rows     ${revisions.length}`,
      `  lost             ${lost}`,
      `  duplicated       ${duplicated}`,
      `  stale rows       ${staleRows}`,
    ].join("\n"),
  );
  expect(errors.slice(0, 5)).toEqual([]);
  expect(accepted.length).toBeGreaterThan(REVIEWERS);
  expect(conflicts).toBeGreaterThan(0);
  expect(lost).toBe(0);
  expect(duplicated).toBe(0);
  expect(staleRows).toBe(0);
  expect(revisions.length).toBe(accepted.length);
});
