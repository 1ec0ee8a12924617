import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { OutletProfile } from "@/lib/review/outlet-queries";

const MISSING = <span className="text-zinc-400">—</span>;

/** The profile as stored (from the gazetteer or an admin's edit), and how much of it the library holds. */
export function OutletFacts({ profile }: { profile: OutletProfile }) {
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm" data-testid="outlet-facts">
      <dt className="text-zinc-500">Country</dt>
      <dd className="text-zinc-800">{profile.country || MISSING}</dd>
      <dt className="text-zinc-500">Ownership</dt>
      <dd className="whitespace-pre-line text-zinc-800">{profile.ownership || MISSING}</dd>
      <dt className="text-zinc-500">Aliases</dt>
      <dd className="text-zinc-800">
        {profile.aliases.length > 0 ? (
          <ul className="space-y-0.5">
            {profile.aliases.map((alias) => (
              <li key={alias}>{alias}</li>
            ))}
          </ul>
        ) : (
          MISSING
        )}
      </dd>
      <dt className="text-zinc-500">Domains</dt>
      <dd className="font-mono text-[0.8125rem] text-zinc-800">
        {profile.domains.length > 0 ? (
          <ul className="space-y-0.5">
            {profile.domains.map((domain) => (
              <li key={domain}>{domain}</li>
            ))}
          </ul>
        ) : (
          MISSING
        )}
      </dd>
      <dt className="text-zinc-500">In the library</dt>
      <dd className="text-zinc-800">
        <Link href={`/articles?outlet=${encodeURIComponent(profile.slug)}`}>{profile.articleCount === 1 ? "1 article" : `${profile.articleCount.toLocaleString("en")} articles`}</Link>
        {" · "}
        {profile.eventCount === 1 ? "1 event" : `${profile.eventCount.toLocaleString("en")} events`}
      </dd>
      {!profile.inGazetteer ? (
        <>
          <dt className="text-zinc-500">Gazetteer</dt>
          <dd>
            <Badge tone="warning" title="This name is not in the outlet gazetteer: check it before relying on it.">
              unknown outlet
            </Badge>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
