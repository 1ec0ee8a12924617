"use client";

// Last resort for an unexpected failure: a plain message, never the error's internals.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-zinc-600">
        The page could not be loaded. Your data is unchanged. Try again; if it keeps failing, the server log has the details.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-5 rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-medium shadow-xs hover:bg-zinc-50"
      >
        Try again
      </button>
    </div>
  );
}
