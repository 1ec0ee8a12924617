import { primaryButtonClass } from "./form-styles";

/** A plain GET form: the chosen outlets end up in the address, so a comparison can be linked and printed. */
export function CompareOutletsForm({ outlets, selected }: { outlets: { slug: string; name: string; eventCount: number }[]; selected: string[] }) {
  return (
    <form method="get" action="/outlets/compare" className="rounded-md border border-zinc-200 px-4 py-3 print:hidden" data-testid="compare-outlets-form">
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">Outlets to compare (two or more)</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1.5">
          {outlets.map((outlet) => (
            <label key={outlet.slug} className="inline-flex items-center gap-1.5 text-sm text-zinc-800">
              <input type="checkbox" name="outlets" value={outlet.slug} defaultChecked={selected.includes(outlet.slug)} className="accent-accent" />
              {outlet.name}
              <span className="text-xs text-zinc-500 tabular-nums">{outlet.eventCount === 1 ? "1 event" : `${outlet.eventCount} events`}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={`${primaryButtonClass} mt-3`}>
        Compare
      </button>
    </form>
  );
}
