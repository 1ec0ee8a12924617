import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-zinc-600">This article or page does not exist, or it was deleted.</p>
      <p className="mt-4 text-sm">
        <Link href="/articles">Back to the library</Link>
      </p>
    </div>
  );
}
