/** Shared phrasing for problem messages. */

/** ` (got 6.5)`, ` (got "dk")`, ` (got a list)` — what was found, kept short. */
export function gotValue(value: unknown): string {
  return ` (got ${describeValue(value)})`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** ` (did you mean "dementia"?)` when one candidate is close to `value`, else ''. */
export function didYouMean(
  value: string,
  candidates: readonly string[],
): string {
  const best = closest(value, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

function closest(
  value: string,
  candidates: readonly string[],
): string | undefined {
  const needle = value.toLowerCase();
  // Short values ("es") are close to too much to guess; only a case slip counts.
  const limit =
    needle.length < 4 ? 0 : Math.max(1, Math.floor(needle.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance; inputs here are short codes and field names. */
function editDistance(a: string, b: string): number {
  if (a.length > 100 || b.length > 100) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** "company" → "a company", "organisation" → "an organisation". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
