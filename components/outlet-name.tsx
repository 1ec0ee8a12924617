import { Badge } from "@/components/ui/badge";

interface OutletNameProps {
  outlet: { name: string; known: boolean } | null;
}

/** An outlet as the library and article pages show it, flagged when the gazetteer lacks it. */
export function OutletName({ outlet }: OutletNameProps) {
  if (!outlet) {
    return (
      <Badge tone="warning" title="No outlet was found in the text, URL or import hints.">
        no outlet
      </Badge>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className="text-zinc-800">{outlet.name}</span>
      {!outlet.known && (
        <Badge tone="warning" title="This name is not in the outlet gazetteer: check it before relying on it.">
          unknown outlet
        </Badge>
      )}
    </span>
  );
}
