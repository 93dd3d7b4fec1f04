import { franc } from 'franc';

import type { ContentLanguage } from '@opi/taxonomy';

/** ISO 639-3 (what franc answers) → the ISO 639-1 codes DATASET.md allows. */
const BY_ISO_639_3: Record<string, ContentLanguage> = {
  eng: 'en',
  dan: 'da',
  nld: 'nl',
  fra: 'fr',
  swe: 'sv',
  deu: 'de',
  nob: 'no',
  nno: 'no',
  fin: 'fi',
};

/** The language of a record's text, among the dataset's languages; English when unsure. */
export function detectLanguage(text: string): ContentLanguage {
  const code = franc(text, { only: Object.keys(BY_ISO_639_3), minLength: 10 });
  return BY_ISO_639_3[code] ?? 'en';
}
