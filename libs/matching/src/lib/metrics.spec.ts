import { ndcgAt, precisionAt } from './evaluation/metrics';

describe('ndcgAt', () => {
  const judgements = { a: 2, b: 1, c: 1 };

  it('is 1 for the ideal ranking and 0 when nothing relevant is found', () => {
    expect(ndcgAt(['a', 'b', 'c', 'x'], judgements, 5)).toBeCloseTo(1, 10);
    expect(ndcgAt(['x', 'y', 'z'], judgements, 5)).toBe(0);
    expect(ndcgAt(['a'], {}, 5)).toBe(0);
  });

  it('uses gain 2^rel − 1 and a log2 discount, the ideal from the judgements', () => {
    // DCG: b at 1 → 1; a at 2 → 3/log2(3). Ideal: a, b, c → 3 + 1/log2(3) + 1/2.
    const dcg = 1 + 3 / Math.log2(3);
    const ideal = 3 + 1 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(['b', 'a'], judgements, 5)).toBeCloseTo(dcg / ideal, 10);
  });

  it('only counts the top k', () => {
    expect(ndcgAt(['x', 'y', 'z', 'w', 'v', 'a'], judgements, 5)).toBe(0);
  });
});

describe('precisionAt', () => {
  it('is the share of the top k with relevance ≥ 1', () => {
    expect(precisionAt(['a', 'x', 'c'], { a: 2, c: 1 }, 3)).toBeCloseTo(2 / 3);
    expect(precisionAt(['a'], { a: 2 }, 3)).toBeCloseTo(1 / 3);
  });
});
