import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { currentActor, requireActor } from "@/app/current-user";
import "@/components/outlets/outlet-figures.css";
import { OutletFacts } from "@/components/outlets/outlet-facts";
import { OutletFigures } from "@/components/outlets/outlet-figures";
import { OutletGrades } from "@/components/outlets/outlet-grades";
import { OutletHistory } from "@/components/outlets/outlet-history";
import { OutletNotes } from "@/components/outlets/outlet-notes";
import { OutletSection } from "@/components/outlets/outlet-section";
import { ProfileEditor } from "@/components/outlets/profile-editor";
import { ExportReportMenu } from "@/components/report/export-report-menu";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/lib/db/client";
import { summarizeOutlet } from "@/lib/report/outlets/summarize-outlet";
import { getOutletReview } from "@/lib/review/outlet-queries";
import { can } from "@/lib/review/roles";

const ZOutletParams = z.object({ slug: z.string().min(1).max(200) });

// generateMetadata and the page both need the outlet: one read per request.
const loadOutlet = cache(async (slug: string) => {
  const review = await getOutletReview(await getDb(), slug);
  if (!review) notFound();
  return review;
});

async function slugFromParams(params: Promise<{ slug: string }>): Promise<string> {
  const parsed = ZOutletParams.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.slug;
}

export async function generateMetadata({ params }: PageProps<"/outlets/[slug]">): Promise<Metadata> {
  if (!(await currentActor())) return { title: "Outlet" };
  return { title: (await loadOutlet(await slugFromParams(params))).profile.name };
}

export default async function OutletPage({ params }: PageProps<"/outlets/[slug]">) {
  const slug = await slugFromParams(params);
  const actor = await requireActor(`/outlets/${slug}`);
  const { profile, grades, notes, history, historyTruncated } = await loadOutlet(slug);
  const summary = await summarizeOutlet(await getDb(), slug);
  if (!summary) notFound();
  const gradedCount = grades.filter((entry) => entry.current).length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 flex flex-wrap justify-between gap-2 text-sm print:hidden">
        <Link href="/outlets">← Outlets</Link>
        <Link href={`/outlets/compare?outlets=${encodeURIComponent(slug)}`} data-testid="compare-outlet-link">
          Compare with other outlets →
        </Link>
      </nav>
      <header className="mb-6 max-w-5xl">
        <h1 className="text-[1.75rem] leading-tight font-semibold tracking-tight text-zinc-950" data-testid="outlet-name">
          {profile.name}
        </h1>
        <div className="mt-2 flex flex-wrap items-center gap-x-2.5 gap-y-1.5 text-sm text-zinc-600">
          {profile.country ? <Badge>{profile.country}</Badge> : null}
          {profile.ownership ? <span>{profile.ownership}</span> : null}
          {!profile.inGazetteer ? <Badge tone="warning">unknown outlet</Badge> : null}
          <span aria-hidden className="text-zinc-300">·</span>
          <span>
            {gradedCount} of {grades.length} criteria graded · {notes.length === 1 ? "1 note" : `${notes.length} notes`}
          </span>
          <ExportReportMenu href={`/api/outlets/${encodeURIComponent(profile.slug)}/report`} />
        </div>
      </header>

      <div className="grid gap-10 min-[1000px]:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)] xl:gap-14">
        <div className="space-y-10">
          <OutletSection id="figures" title="Figures" description="What its articles say against the other outlets of the same events, and what reviewers ruled. Every rate shows its count and 95% interval.">
            <OutletFigures summary={summary} />
          </OutletSection>
          <OutletSection id="grades" title="Grades" description="One grade per criterion, from 1 (poor) to 5 (strong), each with the reason the desk gave.">
            <OutletGrades outletId={profile.id} grades={grades} canGrade={can(actor.role, "outlet:grade")} />
          </OutletSection>
          <OutletSection id="notes" title="Notes" description="What a reader of this outlet should know, newest first.">
            <OutletNotes outletId={profile.id} notes={notes} canNote={can(actor.role, "outlet:note")} />
          </OutletSection>
        </div>
        <aside className="space-y-10">
          <OutletSection id="profile" title="Profile">
            <OutletFacts profile={profile} />
            {can(actor.role, "outlet:edit-profile") ? (
              <div className="mt-4 border-t border-zinc-100 pt-3">
                <ProfileEditor
                  outletId={profile.id}
                  profile={{ name: profile.name, country: profile.country, ownership: profile.ownership, aliases: profile.aliases, domains: profile.domains, version: profile.version }}
                />
              </div>
            ) : null}
          </OutletSection>
          <OutletSection id="history" title="History" description="Every save on the profile, grades and notes, newest first.">
            <OutletHistory history={history} truncated={historyTruncated} liveNoteIds={new Set(notes.map((note) => note.id))} />
          </OutletSection>
        </aside>
      </div>
    </>
  );
}
