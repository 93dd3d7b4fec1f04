/** snowball-stemmers@0.6 ships CommonJS without types. */
declare module 'snowball-stemmers' {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  /** `algorithm`: 'english', 'danish', 'dutch', 'french', 'swedish', … (see algorithms()). */
  export function newStemmer(algorithm: string): SnowballStemmer;
  export function algorithms(): string[];
}
