/**
 * Languages that have taxonomy keyword lists. A subset of the content
 * languages: the ones the portal's users write in most.
 */
export const KEYWORD_LANGUAGES = ['en', 'da', 'nl', 'fr', 'sv'] as const;
export type KeywordLanguage = (typeof KEYWORD_LANGUAGES)[number];

/**
 * Words and short phrases that point to one taxonomy code, per language.
 * Lower case, base forms: the analyser (`@opi/text-analysis`) stems both the
 * keywords and the text, so inflections need not be listed. Hyphens join
 * (`well-being` also matches `wellbeing`); words like "with" or "de" inside a
 * phrase are skipped when matching.
 */
export type KeywordsByLanguage = Readonly<
  Record<KeywordLanguage, readonly string[]>
>;

export function isKeywordLanguage(value: unknown): value is KeywordLanguage {
  return (KEYWORD_LANGUAGES as readonly unknown[]).includes(value);
}
