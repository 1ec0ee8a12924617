// One Chromium for every PDF export of this process, instead of one each: eight exports at once
// used to start eight browsers and take 28 s each (issue 15 #7). The browser starts on the first
// export, is reused, is started again if it died, and closes after a minute without work (and with
// the process: playwright-core kills the browsers it launched on exit). Renders run two at a time
// (p-limit: a well-kept queue with the counts needed to bound it), with a bounded queue behind them,
// and one export in flight per user.
//
// A user's second PDF while the first prints is refused rather than queued: queued, one user could
// fill the queue with a held-down reload and hold as many connections; the first PDF still arrives.

import pLimit, { type LimitFunction } from "p-limit";
import type { Browser } from "playwright-core";
import { z } from "zod";
import { AppError } from "../../errors.ts";

export interface PdfRendererOptions {
  launch: () => Promise<Browser>;
  print: (browser: Browser, html: string, footerText: string) => Promise<Buffer>;
  /** renders at once (pages of the one browser) */
  concurrency: number;
  /** renders waiting behind them before a new one is refused */
  maxQueued: number;
  /** close the browser after this long with nothing to print */
  idleCloseMs?: number;
}

export interface PdfRenderRequest {
  footerText: string;
  /** the user asking: at most one PDF in flight each; none for the CLI */
  requestedBy?: string;
}

const DEFAULT_IDLE_CLOSE_MS = 60_000;

export class PdfRenderer {
  private readonly options: PdfRendererOptions;
  private readonly limit: LimitFunction;
  private readonly usersInFlight = new Set<string>();
  private current: { promise: Promise<Browser>; browser: Browser | null } | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(options: PdfRendererOptions) {
    this.options = options;
    this.limit = pLimit(options.concurrency);
  }

  async render(html: string, { footerText, requestedBy }: PdfRenderRequest): Promise<Buffer> {
    if (requestedBy && this.usersInFlight.has(requestedBy)) {
      throw new AppError("RATE_LIMITED", "Your previous PDF export is still being printed; wait for it to download, then try again.");
    }
    const waiting = this.limit.activeCount + this.limit.pendingCount;
    if (waiting >= this.options.concurrency + this.options.maxQueued) {
      throw new AppError("RATE_LIMITED", `The server is already printing ${waiting} PDF exports; try again in a minute (HTML, Markdown and CSV exports are not queued).`);
    }
    if (requestedBy) this.usersInFlight.add(requestedBy);
    this.cancelIdleClose();
    try {
      return await this.limit(() => this.printOnce(html, footerText));
    } finally {
      if (requestedBy) this.usersInFlight.delete(requestedBy);
      this.scheduleIdleClose();
    }
  }

  /** Closes the browser now (the CLI, before it exits); the next render starts a new one. */
  async close(): Promise<void> {
    this.cancelIdleClose();
    const current = this.current;
    this.current = null;
    const browser = current ? await current.promise.catch(() => null) : null;
    await browser?.close().catch(() => {});
  }

  private async printOnce(html: string, footerText: string): Promise<Buffer> {
    const browser = await this.browser();
    try {
      return await this.options.print(browser, html, footerText);
    } catch (error) {
      // the browser died under this render (killed, out of memory): once more on a new one
      if (browser.isConnected()) throw error;
      return await this.options.print(await this.browser(), html, footerText);
    }
  }

  private browser(): Promise<Browser> {
    if (this.current?.browser && !this.current.browser.isConnected()) this.current = null;
    if (!this.current) {
      const current: { promise: Promise<Browser>; browser: Browser | null } = { promise: this.options.launch(), browser: null };
      this.current = current;
      current.promise.then(
        (browser) => {
          current.browser = browser;
          browser.once("disconnected", () => {
            if (this.current === current) this.current = null;
          });
        },
        () => {
          if (this.current === current) this.current = null;
        },
      );
    }
    return this.current.promise;
  }

  private scheduleIdleClose(): void {
    this.cancelIdleClose();
    // checked when it fires: renders still running or queued then will schedule it again as they end
    this.idleTimer = setTimeout(() => {
      if (this.limit.activeCount + this.limit.pendingCount === 0) void this.close();
    }, this.options.idleCloseMs ?? DEFAULT_IDLE_CLOSE_MS);
    // an idle timer alone must not keep a process alive
    this.idleTimer.unref();
  }

  private cancelIdleClose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

const ZPdfLimits = z.object({
  PARALLAX_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).catch(2),
  PARALLAX_PDF_QUEUE: z.coerce.number().int().min(0).max(100).catch(6),
});

/** The limits from the environment: PARALLAX_PDF_CONCURRENCY (default 2), PARALLAX_PDF_QUEUE (default 6). */
export function pdfLimitsFromEnv(env: Record<string, string | undefined> = process.env): { concurrency: number; maxQueued: number } {
  const limits = ZPdfLimits.parse({ PARALLAX_PDF_CONCURRENCY: env.PARALLAX_PDF_CONCURRENCY ?? 2, PARALLAX_PDF_QUEUE: env.PARALLAX_PDF_QUEUE ?? 6 });
  return { concurrency: limits.PARALLAX_PDF_CONCURRENCY, maxQueued: limits.PARALLAX_PDF_QUEUE };
}
