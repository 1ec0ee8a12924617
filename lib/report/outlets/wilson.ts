// The Wilson score interval of a proportion: unlike the normal approximation it stays inside
// [0, 1] and stays honest for small counts (0 of 3 is not "0% ± 0"), which is why the outlet pages
// show it beside every rate. Written by hand: six lines of arithmetic, no library needed.
// Formula: E. B. Wilson, "Probable inference, the law of succession, and statistical inference",
// JASA 22 (1927) 209–212; as in Brown, Cai & DasGupta, Statistical Science 16 (2001) eq. (4):
//   centre = (p + z²/2n) / (1 + z²/n),  half-width = z / (1 + z²/n) · √(p(1−p)/n + z²/4n²)

/** z for a two-sided 95% interval */
export const Z_95 = 1.959963984540054;

export interface WilsonInterval {
  low: number;
  high: number;
}

/** The interval of `count` successes in `total` trials, or null when there are no trials. */
export function wilsonInterval(count: number, total: number, z: number = Z_95): WilsonInterval | null {
  if (total <= 0) return null;
  const p = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // at 0 of n and n of n the interval touches its bound exactly; floating point leaves 1e-16 off
  return { low: count <= 0 ? 0 : centre - half, high: count >= total ? 1 : centre + half };
}
