/** Languages the guide is written in; every phase page exists in each of them. */
export const GUIDE_LANGUAGES = ['en', 'da', 'nl', 'fr'] as const;
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number];

/** The language every page is written in first, and the one readers fall back to. */
export const GUIDE_FALLBACK_LANGUAGE: GuideLanguage = 'en';

export function isGuideLanguage(value: unknown): value is GuideLanguage {
  return (GUIDE_LANGUAGES as readonly unknown[]).includes(value);
}
