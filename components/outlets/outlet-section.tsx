import type { ReactNode } from "react";

/** A titled part of the outlet page (profile, grades, notes, history; issue 8 adds figures). */
export function OutletSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="scroll-mt-6" data-testid={`outlet-${id}`}>
      <div className="mb-3 border-b border-zinc-200 pb-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight text-zinc-900">
          {title}
        </h2>
        {description ? <p className="mt-0.5 text-sm text-zinc-600">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}
