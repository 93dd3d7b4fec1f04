import type { UiLanguage } from '@opi/taxonomy';

/** The languages of the portal, in the order the language switcher lists them. */
export const SUPPORTED_LANGUAGES = [
  'en',
  'da',
  'nl',
  'fr',
] as const satisfies readonly UiLanguage[];

export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: AppLanguage = 'en';

/** localStorage key that remembers the reader's choice. */
export const LANGUAGE_STORAGE_KEY = 'opi.lang';

/** Query parameter that opens any page in a language: `/needs?lang=da`. */
export const LANGUAGE_QUERY_PARAM = 'lang';

export function isSupportedLanguage(value: unknown): value is AppLanguage {
  return (
    typeof value === 'string' &&
    (SUPPORTED_LANGUAGES as readonly string[]).includes(value)
  );
}
