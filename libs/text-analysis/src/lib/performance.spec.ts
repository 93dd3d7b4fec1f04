import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestTags } from './suggest';

/** Texts of 2,000 characters cut from the titles and descriptions of a dataset file. */
function chunks(file: string, length = 2000): string[] {
  const dataset = JSON.parse(
    readFileSync(join(__dirname, '../../../dataset/testdata', file), 'utf8'),
  );
  const all = [...dataset.needs, ...dataset.offerings]
    .map(
      (r: { title: string; description: string }) =>
        `${r.title}. ${r.description}`,
    )
    .join(' ');
  const result: string[] = [];
  for (let i = 0; i + length <= all.length; i += length)
    result.push(all.slice(i, i + length));
  return result;
}

function timeEach(texts: string[], language?: string): number {
  const times = texts.map((text) => {
    const start = process.hrtime.bigint();
    suggestTags(text, language);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/**
 * Most of the cost is Snowball stemming (snowball-stemmers is slow: 10–60 µs
 * a word in Node, several times that under Jest); stems and word look-ups are
 * cached, so a warm analyser only stems words it has not seen.
 */
describe('suggestTags speed', () => {
  const texts = chunks('matching-dev-hard.json');

  beforeAll(() => {
    for (const text of chunks('matching-dev.json')) suggestTags(text, 'en'); // index, stemmers, JIT
  });

  it('takes well under 5 ms for 2,000 characters once warm', () => {
    const cold = timeEach(texts, 'en'); // words not seen before: stemmed now
    const warm = timeEach(texts, 'en');
    const noLanguage = timeEach(texts);
    console.log(
      `suggestTags, 2,000 characters, median over ${texts.length} texts: ` +
        `${cold.toFixed(2)} ms with unseen words, ${warm.toFixed(2)} ms warm, ` +
        `${noLanguage.toFixed(2)} ms warm without a language`,
    );
    expect(warm).toBeLessThan(5);
    expect(noLanguage).toBeLessThan(5);
  });
});
