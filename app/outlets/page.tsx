import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireActor } from "@/app/current-user";
import { OutletTable } from "@/components/outlets/outlet-table";
import { getDb } from "@/lib/db/client";
import { listOutletFigures, OUTLET_INDEX_SORT_KEYS } from "@/lib/report/outlets/list-outlet-figures";
import { CRITERION_LABELS, OUTLET_CRITERIA } from "@/lib/review/outlet-criteria";
import { can } from "@/lib/review/roles";

export const metadata: Metadata = { title: "Outlets" };

// A repeated or malformed parameter falls back to the default order instead of an error page.
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const ZOutletsParams = z.object({
  sort: z.preprocess(firstValue, z.enum(OUTLET_INDEX_SORT_KEYS)).catch("name"),
  dir: z.preprocess(firstValue, z.enum(["asc", "desc"])).catch("asc"),
});

export default async function OutletsPage({ searchParams }: PageProps<"/outlets">) {
  const actor = await requireActor("/outlets");
  const params = ZOutletsParams.parse(await searchParams);
  const outlets = await listOutletFigures(await getDb(), { sort: params.sort, direction: params.dir });

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Outlets</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          {outlets.length === 1 ? "1 outlet" : `${outlets.length.toLocaleString("en")} outlets`} in the library. Open one for its figures and charts, the desk’s
          grades with their reasons, notes and the history of every change, or <Link href="/outlets/compare">compare outlets side by side</Link>.
        </p>
      </div>
      {outlets.length === 0 ? (
        <div className="rounded-md border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-600">
          <p className="font-medium text-zinc-800">No outlet yet.</p>
          <p className="mt-1">
            Outlets appear as articles are imported{can(actor.role, "article:import") ? <>: <Link href="/import">import articles</Link></> : null}.
          </p>
        </div>
      ) : (
        <>
          <OutletTable outlets={outlets} sort={params.sort} direction={params.dir} />
          <p className="text-xs text-zinc-500">
            Conflict share: its claims that contradict another outlet reporting the same claim in the same event. Omission rate: claims other outlets report in its
            events that it leaves out. Each with its count and 95% Wilson interval. Reviewed: its claims with a reviewer’s verdict. Grades, left to right:{" "}
            {OUTLET_CRITERIA.map((criterion) => CRITERION_LABELS[criterion].label).join(", ")}; from 1 (poor) to 5 (strong), a dotted box when not graded yet.
          </p>
        </>
      )}
    </div>
  );
}
