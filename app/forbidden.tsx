import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto mt-12 max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight">Not for your role</h1>
      <p className="mt-2 text-sm text-zinc-600">Your account cannot open this page. Ask an admin if you need it.</p>
      <p className="mt-4 text-sm">
        <Link href="/events">Back to events</Link>
      </p>
    </div>
  );
}
