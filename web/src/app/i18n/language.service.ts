import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { filter, firstValueFrom } from 'rxjs';
import {
  type AppLanguage,
  DEFAULT_LANGUAGE,
  LANGUAGE_QUERY_PARAM,
  LANGUAGE_STORAGE_KEY,
  SUPPORTED_LANGUAGES,
  isSupportedLanguage,
} from './languages';

/**
 * The portal's language: `?lang=` in the address wins, then the reader's remembered choice
 * (localStorage), then English. Every change is remembered and mirrored on `<html lang>`.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  readonly languages = SUPPORTED_LANGUAGES;

  /** The active language. */
  readonly current = computed<AppLanguage>(() => {
    const lang = this.transloco.activeLang();
    return isSupportedLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  });

  /**
   * Run once before the first render (an app initializer): picks the start language, loads its
   * translations, and from then on follows `?lang=` on every navigation.
   */
  init(): Promise<void> {
    const fromAddress = new URLSearchParams(
      this.document.location?.search ?? '',
    ).get(LANGUAGE_QUERY_PARAM);
    const lang = isSupportedLanguage(fromAddress)
      ? fromAddress
      : (this.remembered() ?? DEFAULT_LANGUAGE);
    this.apply(lang);

    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => {
        const requested =
          this.router.routerState.snapshot.root.queryParamMap.get(
            LANGUAGE_QUERY_PARAM,
          );
        if (isSupportedLanguage(requested) && requested !== this.current()) {
          this.apply(requested);
        }
      });

    // A failed download must not stop the portal from starting; Transloco retries and falls back.
    return firstValueFrom(this.transloco.load(lang)).then(
      () => undefined,
      () => undefined,
    );
  }

  /** The reader picked a language (the switcher). */
  use(lang: AppLanguage): void {
    this.apply(lang);
    // A `?lang=` left in the address would undo the choice on reload or when shared: keep it in step.
    const inAddress = this.router
      .parseUrl(this.router.url)
      .queryParamMap.get(LANGUAGE_QUERY_PARAM);
    if (inAddress !== null && inAddress !== lang) {
      void this.router.navigate([], {
        queryParams: { [LANGUAGE_QUERY_PARAM]: lang },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    }
  }

  private apply(lang: AppLanguage): void {
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
    this.remember(lang);
  }

  private remembered(): AppLanguage | null {
    try {
      const stored =
        this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isSupportedLanguage(stored) ? stored : null;
    } catch {
      return null; // storage blocked (privacy mode, sandboxed frame)
    }
  }

  private remember(lang: AppLanguage): void {
    try {
      this.document.defaultView?.localStorage.setItem(
        LANGUAGE_STORAGE_KEY,
        lang,
      );
    } catch {
      // storage blocked: the choice lasts for this visit only
    }
  }
}
