import { reportDownload } from "@/app/api/report-download";
import { exportOutletReport } from "@/lib/report/export/export-report";

// GET /api/outlets/:idOrSlug/report?format=html|md|pdf|csv|claimreview – the outlet's report, as a download
// (Next.js hands the segment over decoded already: decoding again turns "%25" into a URIError)
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return reportDownload(request, (db, format, actor) => exportOutletReport(db, { outlet: id, format, requestedBy: actor.id }));
}
