import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Need } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';

/** One need as a card; its title is an h3, so it sits under an h2 section heading. */
@Component({
  selector: 'opi-need-card',
  imports: [
    MatCardModule,
    MatChipsModule,
    TranslocoPipe,
    CountryNamePipe,
    TaxonomyLabelPipe,
  ],
  templateUrl: './need-card.html',
  styleUrl: '../shared/card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NeedCard {
  readonly need = input.required<Need>();
  /** Language for taxonomy labels and country names. */
  readonly lang = input.required<UiLanguage>();
}
