import { Directive, inject, input } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { LANGUAGE_QUERY_PARAM } from '../i18n/languages';

/**
 * Makes the links in rendered guide Markdown behave like router links: `/guide/<slug>` and other
 * portal paths open inside the portal (keeping `?lang=` when the address has it), `#anchor`
 * moves to a heading of the page. Links to other sites, new-tab clicks and downloads are left
 * to the browser. The links themselves are the interactive elements (Enter fires their click),
 * so the container only listens.
 */
@Directive({
  selector: '[opiGuideLinks]',
  host: { '(click)': 'follow($event)' },
})
export class GuideLinks {
  /** The `?lang=` to keep on links to other pages, if any. */
  readonly keepLang = input<string | undefined>(undefined, {
    alias: 'opiGuideLinks',
  });

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected follow(event: MouseEvent): void {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey ||
      !(event.target instanceof Element)
    ) {
      return;
    }
    const link = event.target.closest('a');
    const href = link?.getAttribute('href');
    if (
      !link ||
      !href ||
      (link.target && link.target !== '_self') ||
      link.hasAttribute('download')
    ) {
      return;
    }
    if (href.startsWith('#')) {
      event.preventDefault();
      void this.router.navigate([], {
        relativeTo: this.route,
        fragment: decode(href.slice(1)),
        queryParamsHandling: 'preserve',
      });
    } else if (href.startsWith('/') && !href.startsWith('//')) {
      event.preventDefault();
      const url = this.router.parseUrl(href);
      const lang = this.keepLang();
      if (lang && !url.queryParamMap.has(LANGUAGE_QUERY_PARAM)) {
        url.queryParams = { ...url.queryParams, [LANGUAGE_QUERY_PARAM]: lang };
      }
      void this.router.navigateByUrl(url);
    }
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
