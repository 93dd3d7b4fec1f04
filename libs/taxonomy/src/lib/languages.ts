/** Languages the portal's interface is translated into. */
export const UI_LANGUAGES = ['en', 'da', 'nl', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Languages that user-written content (titles, descriptions) may be in:
 * ISO 639-1 codes, as in the `language` field of opi-dataset/v1.
 */
export const CONTENT_LANGUAGES = [
  'en',
  'da',
  'nl',
  'fr',
  'sv',
  'de',
  'no',
  'fi',
] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** One label in every interface language. */
export type LocalisedLabel = Readonly<Record<UiLanguage, string>>;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (UI_LANGUAGES as readonly unknown[]).includes(value);
}

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return (CONTENT_LANGUAGES as readonly unknown[]).includes(value);
}
