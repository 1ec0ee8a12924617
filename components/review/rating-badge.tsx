import { RATING_SCALE, type VerdictRating } from "@/lib/review/verdict-scale";

const TONES: Record<VerdictRating, string> = {
  true: "border-emerald-300 bg-emerald-50 text-emerald-800",
  "mostly-true": "border-lime-300 bg-lime-50 text-lime-800",
  mixed: "border-amber-300 bg-amber-50 text-amber-800",
  misleading: "border-orange-300 bg-orange-50 text-orange-800",
  false: "border-red-300 bg-red-50 text-red-800",
  unverifiable: "border-zinc-300 bg-zinc-100 text-zinc-700",
};

/** A verdict's rating, in words as well as colour. */
export function RatingBadge({ rating }: { rating: VerdictRating }) {
  return (
    <span data-testid="rating-badge" data-rating={rating} className={`inline-flex items-center rounded border px-1.5 text-[0.72rem] leading-5 font-semibold whitespace-nowrap ${TONES[rating]}`}>
      {RATING_SCALE[rating].label}
    </span>
  );
}
