import { NgComponentOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { RecordStatus } from '@opi/contracts';
import { filter } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import {
  type ProposalsKind,
  ProposalsPanel,
} from '../matching/proposals-panel';
import { apiProblem } from '../shared/api-error';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { pluralKey } from '../shared/plural-key';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import type { MarketplaceCollection } from './marketplace-collection';

/** Translation keys of the statuses a record is shown with when it is not published. */
export const RECORD_STATUS_KEYS: Readonly<Record<RecordStatus, string>> = {
  draft: 'marketplace.status.draft',
  published: 'marketplace.status.published',
  archived: 'marketplace.status.archived',
};

/**
 * `/needs/:id` and `/offerings/:id`: one record with its organisation, tags, maturity, test site,
 * timeline, contact (for signed-in readers) and attachments; the collection's own facts (an
 * offering's CE class and evidence) come from its `details` component, then the matching engine's
 * proposals (partners for a need, test sites for an offering). Members of the owning
 * organisation see drafts and get an "Edit" button. The collection comes as route data.
 */
@Component({
  selector: 'opi-marketplace-detail',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    NgComponentOutlet,
    RouterLink,
    TranslocoPipe,
    CountryNamePipe,
    LocalDatePipe,
    TaxonomyLabelPipe,
    ProposalsPanel,
  ],
  templateUrl: './marketplace-detail.html',
  styleUrl: './marketplace-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketplaceDetail {
  /** Route parameter. */
  readonly id = input.required<string>();
  /** Route data. */
  readonly collection = input.required<MarketplaceCollection>();

  private readonly injector = inject(Injector);
  private readonly auth = inject(AuthService);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly signedIn = this.auth.signedIn;
  protected readonly statusKeys = RECORD_STATUS_KEYS;

  private readonly translation = toSignal(this.transloco.selectTranslation());
  /** Every navigation resets the document title to the route's. */
  private readonly navigated = toSignal(
    inject(Router).events.pipe(filter((e) => e instanceof NavigationEnd)),
  );

  protected readonly record = rxResource({
    params: () => ({
      api: this.injector.get(this.collection().api),
      id: this.id(),
    }),
    stream: ({ params }) => params.api.get(params.id),
  });

  /** Members of the owning organisation may edit it. */
  protected readonly canEdit = computed(() => {
    const owner = this.record.hasValue()
      ? this.record.value().organisation.id
      : null;
    return !!this.auth
      .currentUser()
      ?.memberships.some((m) => m.organisationId === owner);
  });

  /** Needs get partners proposed (offerings); offerings get test sites. */
  protected readonly proposals = computed<ProposalsKind>(() =>
    this.collection().path === '/needs' ? 'partners' : 'test-sites',
  );

  protected readonly path = computed(
    () => `${this.collection().path}/${this.id()}`,
  );

  protected readonly languageName = computed(() => {
    if (!this.record.hasValue()) {
      return '';
    }
    const code = this.record.value().language;
    try {
      return (
        new Intl.DisplayNames([this.lang()], { type: 'language' }).of(code) ??
        code
      );
    } catch {
      return code; // not a language code
    }
  });

  protected readonly monthsKey = computed(() =>
    pluralKey(
      {
        one: 'marketplace.detail.monthsOne',
        other: 'marketplace.detail.monthsOther',
      },
      this.record.hasValue() ? (this.record.value().testPeriodMonths ?? 0) : 0,
      this.lang(),
    ),
  );

  protected readonly notFound = computed(() => {
    const status = apiProblem(this.record.error()).status;
    return status === 404 || status === 403;
  });

  constructor() {
    // The document title names the record, in the reader's language.
    effect(() => {
      this.translation();
      this.navigated();
      if (!this.record.hasValue()) {
        return;
      }
      const page = this.record.value().title;
      untracked(() =>
        this.title.setTitle(
          this.transloco.translate('app.documentTitle', {
            page,
            brand: this.transloco.translate('app.brand'),
          }),
        ),
      );
    });
  }
}
