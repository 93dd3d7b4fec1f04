import {
  Injectable,
  type EnvironmentProviders,
  type Provider,
  importProvidersFrom,
} from '@angular/core';
import {
  TranslocoTestingModule,
  type TranslocoMissingHandler,
  provideTranslocoMissingHandler,
} from '@jsverse/transloco';
import da from '../../public/i18n/da.json';
import en from '../../public/i18n/en.json';
import fr from '../../public/i18n/fr.json';
import nl from '../../public/i18n/nl.json';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from '../app/i18n/languages';

/** The real translation files, so specs read what users read. */
export const TRANSLATIONS = { en, da, nl, fr };

/** A key missing from the translation files fails the spec instead of rendering the key. */
@Injectable()
class FailOnMissingKey implements TranslocoMissingHandler {
  handle(key: string): never {
    throw new Error(`Missing translation key: ${key}`);
  }
}

/** Transloco with all four languages preloaded from `public/i18n/`. */
export function provideTranslocoTesting(): (Provider | EnvironmentProviders)[] {
  return [
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs: TRANSLATIONS,
        preloadLangs: true,
        translocoConfig: {
          availableLangs: [...SUPPORTED_LANGUAGES],
          defaultLang: DEFAULT_LANGUAGE,
          reRenderOnLangChange: true,
          missingHandler: { useFallbackTranslation: false },
        },
      }),
    ),
    provideTranslocoMissingHandler(FailOnMissingKey),
  ];
}
