// B-cubed precision/recall/F1 (Bagga & Baldwin 1998; Amigó et al. 2009): per item, how much of
// its predicted group shares its gold label and how much of its gold group it was put with,
// averaged over items. Unlike pairwise F1 it does not let the largest groups dominate.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  groups: number;
}

export function bCubed(predicted: Map<string, string>, gold: Map<string, string>): BCubed {
  const members = (labels: Map<string, string>) => {
    const byLabel = new Map<string, string[]>();
    for (const [item, label] of labels) byLabel.set(label, [...(byLabel.get(label) ?? []), item]);
    return byLabel;
  };
  const predictedGroups = members(predicted);
  const goldGroups = members(gold);
  let precision = 0;
  let recall = 0;
  for (const [item, label] of gold) {
    const own = predictedGroups.get(predicted.get(item)!)!;
    const truth = goldGroups.get(label)!;
    const correct = own.filter((other) => gold.get(other) === label).length;
    precision += correct / own.length;
    recall += correct / truth.length;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, groups: predictedGroups.size };
}

export function pearson(xs: number[], ys: number[]): number {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  xs.forEach((x, index) => {
    const dx = x - mx;
    const dy = ys[index]! - my;
    covariance += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  });
  return covariance / Math.sqrt(vx * vy);
}
