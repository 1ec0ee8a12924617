import Link from "next/link";

/** Before any article is grouped: where events come from. */
export function EventsEmpty() {
  return (
    <section aria-labelledby="events-empty-title" className="rounded-lg border border-dashed border-zinc-300 bg-zinc-50 px-8 py-10">
      <h2 id="events-empty-title" className="text-lg font-semibold">
        No events yet
      </h2>
      <p className="mt-2 max-w-2xl text-sm leading-relaxed text-zinc-700">
        An event is one real-world happening as several outlets reported it. Parallax groups every imported article into an
        event on its own, by the people, places and days it names and by its words, in French and English alike; you can then
        merge, split, move and rename them here.
      </p>
      <div className="mt-6 grid max-w-3xl gap-4 md:grid-cols-2">
        <div className="rounded-md border border-zinc-200 bg-white p-4">
          <h3 className="text-sm font-semibold">Import articles</h3>
          <p className="mt-1 text-sm text-zinc-600">Each import is grouped as soon as it is stored.</p>
          <Link href="/import" className="mt-3 inline-block rounded-md bg-accent px-3.5 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong hover:text-white">
            Go to Import
          </Link>
        </div>
        <div className="rounded-md border border-zinc-200 bg-white p-4">
          <h3 className="text-sm font-semibold">Articles already in the library?</h3>
          <p className="mt-1 text-sm text-zinc-600">Articles imported before grouping existed are grouped with:</p>
          <pre className="mt-3 overflow-x-auto rounded bg-zinc-900 px-3 py-2 font-mono text-xs text-zinc-100">npm run parallax -- events regroup</pre>
        </div>
      </div>
    </section>
  );
}
