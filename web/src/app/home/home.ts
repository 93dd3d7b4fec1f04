import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../i18n/language.service';
import { NeedCard } from '../needs/need-card';
import { NeedsApiService } from '../needs/needs-api.service';
import { OfferingCard } from '../offerings/offering-card';
import { OfferingsApiService } from '../offerings/offerings-api.service';

/** How many of the latest needs and offerings the home page shows. */
export const LATEST_COUNT = 4;

/** `/`: what OPI is, who it is for, and the latest needs and offerings. */
@Component({
  selector: 'opi-home',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    NeedCard,
    OfferingCard,
  ],
  templateUrl: './home.html',
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {
  private readonly needsApi = inject(NeedsApiService);
  private readonly offeringsApi = inject(OfferingsApiService);
  protected readonly lang = inject(LanguageService).current;

  protected readonly audiences = [
    {
      title: 'home.audiences.public.title',
      text: 'home.audiences.public.text',
    },
    {
      title: 'home.audiences.companies.title',
      text: 'home.audiences.companies.text',
    },
    {
      title: 'home.audiences.research.title',
      text: 'home.audiences.research.text',
    },
    {
      title: 'home.audiences.clusters.title',
      text: 'home.audiences.clusters.text',
    },
  ] as const;

  protected readonly latestNeeds = rxResource({
    stream: () => this.needsApi.list({ page: 1, pageSize: LATEST_COUNT }),
  });

  protected readonly latestOfferings = rxResource({
    stream: () => this.offeringsApi.list({ page: 1, pageSize: LATEST_COUNT }),
  });
}
