import type { ReactNode } from "react";

/** a titled box in the event page's side column, like the article page's panels */
export function EventCard({ title, id, children, testId }: { title: string; id: string; children: ReactNode; testId?: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-zinc-200" data-testid={testId}>
      <h2 id={id} className="border-b border-zinc-200 bg-zinc-50 px-4 py-2.5 text-sm font-semibold">
        {title}
      </h2>
      <div className="px-4 py-3 text-sm">{children}</div>
    </section>
  );
}
