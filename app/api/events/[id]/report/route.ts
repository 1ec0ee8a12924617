import { reportDownload } from "@/app/api/report-download";
import { exportEventReport } from "@/lib/report/export/export-report";

// GET /api/events/:id/report?format=html|md|pdf|csv|claimreview – the event's fact-check report, as a download
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return reportDownload(request, (db, format, actor) => exportEventReport(db, { eventId: id, format, requestedBy: actor.id }));
}
