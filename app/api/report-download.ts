import { NextResponse } from "next/server";
import { z } from "zod";
import { attachmentDisposition } from "@/lib/attachment-disposition";
import { getDb, type Db } from "@/lib/db/client";
import { toAppError } from "@/lib/errors";
import { getActor, type Actor } from "@/lib/review/authorize";
import { ZReportFormat, type ExportedReport } from "@/lib/report/export/export-report";

const ZReportQuery = z.object({ format: ZReportFormat });

/**
 * The report routes' one shape: signed-in users only (any role: reading a report changes
 * nothing), ?format= checked with zod, the file as an attachment named by the report. Reports
 * hold reviewer text, so the HTML is served with a CSP that lets it load and run nothing.
 */
export async function reportDownload(request: Request, build: (db: Db, format: z.infer<typeof ZReportFormat>, actor: Actor) => Promise<ExportedReport>): Promise<Response> {
  try {
    const db = await getDb();
    const actor = await getActor(db, request.headers);
    if (!actor) return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in to export reports." } }, { status: 401 });
    const query = ZReportQuery.safeParse({ format: new URL(request.url).searchParams.get("format") ?? "html" });
    if (!query.success) return NextResponse.json({ error: { code: "INVALID_ARGUMENT", message: query.error.issues[0]?.message ?? "Unknown format." } }, { status: 422 });
    const report = await build(db, query.data.format, actor);
    const body = typeof report.body === "string" ? report.body : new Uint8Array(report.body);
    return new Response(body, {
      headers: {
        "content-type": report.contentType,
        "content-disposition": attachmentDisposition(report.fileName, "report"),
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("report export failed:", error);
    return NextResponse.json({ error: { code: appError.code, message: appError.message } }, { status: appError.httpStatus });
  }
}
