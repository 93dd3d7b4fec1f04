/** Relevance judgements of one need: offering id → 2 strong, 1 partial (absent: 0). */
export type Judgements = Readonly<Record<string, number>>;

const gain = (rel: number) => 2 ** rel - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2);

/**
 * nDCG@k with gain 2^rel − 1; the ideal ranking is the judged offerings by
 * relevance. 0 when nothing is judged relevant.
 */
export function ndcgAt(
  ranked: readonly string[],
  judgements: Judgements,
  k: number,
): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(judgements[id] ?? 0) * discount(i);
  });
  const ideal = Object.values(judgements)
    .filter((rel) => rel > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, rel, i) => sum + gain(rel) * discount(i), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the top k that are relevant (rel ≥ 1). */
export function precisionAt(
  ranked: readonly string[],
  judgements: Judgements,
  k: number,
): number {
  const hits = ranked
    .slice(0, k)
    .filter((id) => (judgements[id] ?? 0) >= 1).length;
  return hits / k;
}
