// The simulated reviewers of bench:load: each signs in over HTTP, then loops without think time
// (a closed loop: the measure is what the server sustains) through what a reviewer does on a
// claim: the events list, an event, its comparison, a claim page, the current verdict, then a save
// from the version it read. With several instances, each request goes to the next instance, so the
// session made on one is used on the others.
//
// Kept cheap on the client, which shares the machine with the servers: Node's own fetch (undici,
// keep-alive), bodies read as bytes and never parsed except for the small JSON answers, one
// performance.now() pair per request, latencies pushed into plain arrays.
import { VERDICT_RATINGS } from "../../lib/review/verdict-scale.ts";
import type { LoadTarget } from "./load-database.ts";

/** what a reviewer does once the clock runs; sign-in comes before it */
export const LOOP_KINDS = ["events list", "event page", "compare page", "claim page", "verdict read", "verdict save"] as const;
export type RequestKind = "sign-in" | (typeof LOOP_KINDS)[number];
export const PAGE_KINDS: readonly RequestKind[] = ["events list", "event page", "compare page", "claim page"];

const REQUEST_TIMEOUT_MS = 30_000;
const EVENTS_PAGE_SIZE = 25; // app/events/page.tsx
const KEPT_ERRORS = 5;
export const SIGN_IN_BATCH = 10;

export interface AcceptedSave {
  verdictId: string;
  version: number;
  token: string;
}

export interface LoadResults {
  /** ms of every answered request (2xx, and 409 for saves) */
  latencies: Record<RequestKind, number[]>;
  /** network errors, timeouts and any other status */
  errors: Record<RequestKind, number>;
  firstErrors: string[];
  accepted: AcceptedSave[];
  conflicts: number;
  /** reviewers that could not sign in (they sit the run out) */
  signedOut: number;
  elapsedMs: number;
}

export interface LoadPlan {
  baseUrls: string[];
  emails: string[];
  password: string;
  targets: LoadTarget[];
  eventCount: number;
  durationMs: number;
  /** tells this run's saves apart in the history */
  runTag: string;
}

class RequestError extends Error {}

/** one reviewer's browser: its session cookie (the same for every instance, as a browser's would be on one host) */
class Reviewer {
  private cookies = new Map<string, string>();
  private requests = 0;

  constructor(
    readonly index: number,
    private readonly plan: LoadPlan,
    private readonly results: LoadResults,
  ) {}

  /** the next instance in turn, starting from a different one per reviewer */
  private nextBase(): string {
    const { baseUrls } = this.plan;
    return baseUrls[(this.index + this.requests++) % baseUrls.length]!;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0]!;
      const equals = pair.indexOf("=");
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  async request(kind: RequestKind, pathAndQuery: string, body?: unknown): Promise<{ status: number; json?: unknown }> {
    const base = this.nextBase();
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (body !== undefined) {
      headers["content-type"] = "application/json";
      headers.origin = base;
    }
    const started = performance.now();
    let status = 0;
    let json: unknown;
    try {
      const response = await fetch(base + pathAndQuery, {
        method: body === undefined ? "GET" : "POST",
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        // a redirect means "sign in": the session did not hold on this instance, which is an error
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = response.status;
      this.keepCookies(response);
      const isJson = response.headers.get("content-type")?.includes("application/json");
      if (isJson) json = await response.json();
      else await response.arrayBuffer();
    } catch (error) {
      this.recordError(kind, `${kind} ${base}${pathAndQuery}: ${(error as Error).message}`);
      throw new RequestError();
    }
    const elapsed = performance.now() - started;
    // 409 is the expected answer of a save that lost a race
    if (status >= 300 && !(kind === "verdict save" && status === 409)) {
      this.recordError(kind, `${kind} ${base}${pathAndQuery}: HTTP ${status} ${json === undefined ? "" : JSON.stringify(json).slice(0, 300)}`);
      throw new RequestError();
    }
    this.results.latencies[kind].push(elapsed);
    return { status, json };
  }

  private recordError(kind: RequestKind, message: string): void {
    this.results.errors[kind]++;
    if (this.results.firstErrors.length < KEPT_ERRORS) this.results.firstErrors.push(message);
  }

  /** false when the reviewer could not sign in (the error is recorded) */
  async signIn(email: string): Promise<boolean> {
    try {
      await this.request("sign-in", "/api/auth/sign-in/email", { email, password: this.plan.password });
    } catch (error) {
      if (error instanceof RequestError) return false;
      throw error;
    }
    if (this.cookies.size > 0) return true;
    this.recordError("sign-in", `sign-in of ${email} answered without a session cookie`);
    return false;
  }

  /** one pass over a claim; a failed request ends the pass (the next one starts from the list again) */
  async reviewOnce(iteration: number, deadline: number): Promise<void> {
    const { targets, eventCount, runTag } = this.plan;
    const pages = Math.max(1, Math.ceil(eventCount / EVENTS_PAGE_SIZE));
    // half the passes go to the day's big story (the largest event), where reviewers collide
    const target = Math.random() < 0.5 ? targets[0]! : targets[Math.floor(Math.random() * targets.length)]!;
    const rowId = target.rowIds[Math.floor(Math.random() * target.rowIds.length)]!;
    const event = encodeURIComponent(target.eventId);
    const row = encodeURIComponent(rowId);
    const steps: [RequestKind, string][] = [
      ["events list", `/events?page=${1 + Math.floor(Math.random() * pages)}`],
      ["event page", `/events/${event}`],
      ["compare page", `/events/${event}/compare`],
      ["claim page", `/events/${event}/claims/${row}`],
    ];
    for (const [kind, url] of steps) {
      if (Date.now() >= deadline) return;
      await this.request(kind, url);
    }
    if (Date.now() >= deadline) return;
    const read = await this.request("verdict read", `/api/verdicts?eventId=${event}&rowId=${row}`);
    const current = (read.json as { verdict: { version: number } | null }).verdict;
    if (Date.now() >= deadline) return;
    const token = `${runTag}-r${this.index}-i${iteration}`;
    const saved = await this.request("verdict save", "/api/verdicts", {
      eventId: target.eventId,
      rowId,
      articleId: "",
      rating: VERDICT_RATINGS[iteration % VERDICT_RATINGS.length],
      summary: token,
      notes: `bench:load pass ${iteration} of reviewer ${this.index}`,
      evidence: [],
      expectedVersion: current?.version ?? null,
    });
    if (saved.status === 409) {
      this.results.conflicts++;
      return;
    }
    const { verdict } = saved.json as { verdict: { id: string; version: number } };
    this.results.accepted.push({ verdictId: verdict.id, version: verdict.version, token });
  }
}

export async function runReviewers(plan: LoadPlan): Promise<LoadResults> {
  const kinds: RequestKind[] = ["sign-in", ...LOOP_KINDS];
  const results: LoadResults = {
    latencies: Object.fromEntries(kinds.map((kind) => [kind, []])) as unknown as Record<RequestKind, number[]>,
    errors: Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<RequestKind, number>,
    firstErrors: [],
    accepted: [],
    conflicts: 0,
    signedOut: 0,
    elapsedMs: 0,
  };
  const reviewers = plan.emails.map((_, index) => new Reviewer(index, plan, results));
  const signedIn: Reviewer[] = [];
  // sign-in is argon2id on the server: done before the clock starts, a few at a time
  for (let start = 0; start < reviewers.length; start += SIGN_IN_BATCH) {
    const batch = reviewers.slice(start, start + SIGN_IN_BATCH);
    const outcomes = await Promise.all(batch.map((reviewer) => reviewer.signIn(plan.emails[reviewer.index]!)));
    batch.forEach((reviewer, index) => (outcomes[index] ? signedIn.push(reviewer) : results.signedOut++));
  }
  const started = performance.now();
  const deadline = Date.now() + plan.durationMs;
  await Promise.all(
    signedIn.map(async (reviewer) => {
      for (let iteration = 0; Date.now() < deadline; iteration++) {
        try {
          await reviewer.reviewOnce(iteration, deadline);
        } catch (error) {
          if (!(error instanceof RequestError)) throw error;
        }
      }
    }),
  );
  results.elapsedMs = performance.now() - started;
  return results;
}
