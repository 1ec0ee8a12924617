// The PDF is the HTML report printed by Chromium itself (playwright-core drives the system's
// Chromium; no browser is downloaded), so the PDF is exactly what the HTML shows in print: same
// CSS, same fonts, page numbers from Chromium's own header/footer templates. Every request the page
// would make is aborted, so printing cannot fetch anything even if a report ever linked an asset.
// Exports share one browser through a queue (pdf-renderer.ts).

import { chromium, type Browser } from "playwright-core";
import { AppError } from "../../errors.ts";
import { escapeHtml } from "./html-escape.ts";
import { PdfRenderer, pdfLimitsFromEnv } from "./pdf-renderer.ts";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new AppError("INTERNAL", `Chromium could not start from ${chromiumPath()}; install it (bash scripts/ensure-chromium.sh) or set CHROMIUM_PATH.`, { cause: error });
  }
}

// Chromium's templates are their own tiny documents: inline styles only, its classes fill the numbers
const footer = (text: string) =>
  `<div style="width:100%;margin:0 14mm;font:7.5pt Arial,'Liberation Sans',sans-serif;color:#71717a;display:flex;justify-content:space-between"><span>${escapeHtml(text)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

export interface RenderPdfOptions {
  /** left of the page number on every page, e.g. the report's title */
  footerText: string;
  /** the user asking, for the one-PDF-at-a-time limit (none from the CLI) */
  requestedBy?: string;
  /** print on this browser, outside the shared queue (a test's own browser) */
  browser?: Browser;
}

let shared: PdfRenderer | null = null;

/** This process's renderer: one browser, PARALLAX_PDF_CONCURRENCY renders at once, a bounded queue. */
export function sharedPdfRenderer(): PdfRenderer {
  shared ??= new PdfRenderer({ ...pdfLimitsFromEnv(), launch: launchChromium, print: printPdf });
  return shared;
}

/** Closes the shared browser, if one runs: a CLI command calls it so that the process can exit. */
export async function closeSharedPdfRenderer(): Promise<void> {
  await shared?.close();
}

export async function renderPdf(html: string, options: RenderPdfOptions): Promise<Buffer> {
  if (options.browser) return printPdf(options.browser, html, options.footerText);
  return sharedPdfRenderer().render(html, { footerText: options.footerText, requestedBy: options.requestedBy });
}

/** One print in its own context of `browser`: no script, no network. */
export async function printPdf(browser: Browser, html: string, footerText: string): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: footer(footerText.length > 90 ? `${footerText.slice(0, 89)}…` : footerText),
      margin: { top: "16mm", bottom: "18mm", left: "14mm", right: "14mm" },
      tagged: true,
      outline: true,
    });
  } finally {
    await context.close().catch(() => {});
  }
}
