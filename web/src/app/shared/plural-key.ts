/** Translation keys for a count, by the language's plural rule ("one" or "other"). */
export interface PluralKeys {
  one: string;
  other: string;
}

/** Picks the key for `count` in `lang` (French counts 0 as "one", Danish and Dutch do not). */
export function pluralKey(
  keys: PluralKeys,
  count: number,
  lang: string,
): string {
  return new Intl.PluralRules(lang).select(count) === 'one'
    ? keys.one
    : keys.other;
}
