import Link from "next/link";

/** What a newcomer sees before the first import: the two ways to fill the library. */
export function LibraryEmpty() {
  return (
    <section aria-labelledby="empty-title" className="rounded-lg border border-dashed border-zinc-300 bg-zinc-50 px-8 py-10">
      <h2 id="empty-title" className="text-lg font-semibold">
        The library is empty
      </h2>
      <p className="mt-2 max-w-2xl text-sm leading-relaxed text-zinc-700">
        Import the articles you want to compare: pasted text, files (<code>.txt</code>, <code>.md</code>, <code>.html</code>,{" "}
        <code>.htm</code>, <code>.jsonl</code>) or a web page by its URL. Parallax removes the page furniture (menus, share
        buttons, photo credits), keeps every removed piece so you can restore it, and finds the outlet, date and language,
        showing the words each one was taken from.
      </p>
      <div className="mt-6 grid max-w-3xl gap-4 md:grid-cols-2">
        <div className="rounded-md border border-zinc-200 bg-white p-4">
          <h3 className="text-sm font-semibold">In the browser</h3>
          <p className="mt-1 text-sm text-zinc-600">Paste text, upload files or give a URL.</p>
          <Link href="/import" className="mt-3 inline-block rounded-md bg-accent px-3.5 py-2 text-sm font-medium text-white no-underline hover:bg-accent-strong hover:text-white">
            Go to Import
          </Link>
        </div>
        <div className="rounded-md border border-zinc-200 bg-white p-4">
          <h3 className="text-sm font-semibold">From the command line</h3>
          <p className="mt-1 text-sm text-zinc-600">Import a folder; the five sample articles are in <code>data/samples</code>.</p>
          <pre className="mt-3 overflow-x-auto rounded bg-zinc-900 px-3 py-2 font-mono text-xs text-zinc-100">
            npm run parallax -- import data/samples
          </pre>
        </div>
      </div>
    </section>
  );
}
