import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireActor } from "@/app/current-user";
import "@/components/outlets/outlet-figures.css";
import { CompareOutletsForm } from "@/components/outlets/compare-outlets-form";
import { OutletComparisonView } from "@/components/outlets/outlet-comparison";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { compareOutlets, MAX_COMPARED_OUTLETS } from "@/lib/report/outlets/compare-outlets";
import { listOutlets } from "@/lib/review/outlet-queries";

export const metadata: Metadata = { title: "Compare outlets" };

// ?outlets=a,b from a link, ?outlets=a&outlets=b from the form: both read as one list
const ZCompareParams = z.object({
  outlets: z
    .preprocess((value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((item) => String(item).split(",")).map((slug) => slug.trim()).filter(Boolean), z.array(z.string().max(200)).max(50))
    .catch([]),
});

export default async function CompareOutletsPage({ searchParams }: PageProps<"/outlets/compare">) {
  const { outlets: slugs } = ZCompareParams.parse(await searchParams);
  await requireActor(`/outlets/compare${slugs.length > 0 ? `?outlets=${slugs.map(encodeURIComponent).join(",")}` : ""}`);
  const db = await getDb();
  const all = await listOutlets(db, { sort: "name" });
  const selected = [...new Set(slugs)];

  let result: Awaited<ReturnType<typeof compareOutlets>> | null = null;
  let problem: string | null = null;
  if (selected.length === 1) problem = "Choose at least one more outlet.";
  else if (selected.length > MAX_COMPARED_OUTLETS) problem = `Choose at most ${MAX_COMPARED_OUTLETS} outlets.`;
  else if (selected.length > 1) {
    try {
      result = await compareOutlets(db, selected);
    } catch (error) {
      if (!(error instanceof AppError) || (error.code !== "NOT_FOUND" && error.code !== "INVALID_ARGUMENT")) throw error;
      problem = error.message;
    }
  }

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href="/outlets">← Outlets</Link>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{result ? `${result.outlets.map((outlet) => outlet.name).join(" · ")}` : "Compare outlets"}</h1>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600">
          Two or more outlets on the events they all covered: where they agree, where they contradict each other, what each leaves out, and what reviewers ruled.
        </p>
      </div>
      <CompareOutletsForm outlets={all} selected={selected} />
      {problem ? (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {problem}
        </p>
      ) : null}
      {result ? <OutletComparisonView comparison={result} /> : null}
    </div>
  );
}
