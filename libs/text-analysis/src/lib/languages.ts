import { KEYWORD_LANGUAGES, type KeywordLanguage } from '@opi/taxonomy';

export { KEYWORD_LANGUAGES, type KeywordLanguage };

/** Snowball algorithm per ISO 639-1 code: the languages this lib stems. */
export const STEMMER_ALGORITHMS: Readonly<Record<string, string>> = {
  en: 'english',
  da: 'danish',
  nl: 'dutch',
  fr: 'french',
  sv: 'swedish',
  de: 'german',
  no: 'norwegian',
  fi: 'finnish',
};

/** Languages whose words glue into compounds ("plejehjemsbeboere"). */
export const COMPOUNDING_LANGUAGES: ReadonlySet<string> = new Set([
  'da',
  'nl',
  'sv',
  'de',
  'no',
]);

/** The pseudo-language of text whose language is unknown or unsupported: no stemming. */
export const SIMPLE = 'simple';

const ALIASES: Readonly<Record<string, string>> = {
  // ISO 639-3 / 639-2, as `franc` returns them
  eng: 'en',
  dan: 'da',
  nld: 'nl',
  dut: 'nl',
  fra: 'fr',
  fre: 'fr',
  swe: 'sv',
  deu: 'de',
  ger: 'de',
  nor: 'no',
  nob: 'no',
  nno: 'no',
  fin: 'fi',
  // Norwegian written standards
  nb: 'no',
  nn: 'no',
};

const BY_NAME: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(STEMMER_ALGORITHMS).map(([code, name]) => [name, code]),
);

/**
 * ISO 639-1 code of `language` in lower case: accepts 'da', 'da-DK', 'DA',
 * 'dan' (ISO 639-3, as franc returns), 'nb'/'nn' (→ 'no') and Snowball names
 * ('danish'). Undefined for an empty value, 'und' or 'simple'.
 */
export function normaliseLanguage(
  language: string | null | undefined,
): string | undefined {
  const value = language?.trim().toLowerCase().split(/[-_]/)[0];
  if (!value || value === 'und' || value === SIMPLE) return undefined;
  return ALIASES[value] ?? BY_NAME[value] ?? value;
}

export function isKeywordLanguage(value: unknown): value is KeywordLanguage {
  return (KEYWORD_LANGUAGES as readonly unknown[]).includes(value);
}
