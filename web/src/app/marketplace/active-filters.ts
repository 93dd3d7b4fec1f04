import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** A filter in force: the query parameter it sets and how it reads ("Care area: Dementia"). */
export interface ActiveFilter {
  param: string;
  text: string;
}

/**
 * The filters in force as removable chips (each a button: "Remove filter Care area: Dementia"),
 * and "Clear all".
 */
@Component({
  selector: 'opi-marketplace-active-filters',
  imports: [MatButtonModule, TranslocoPipe],
  templateUrl: './active-filters.html',
  styleUrl: './active-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActiveFilters {
  readonly filters = input.required<ActiveFilter[]>();
  /** The query parameter of the filter to remove. */
  readonly removed = output<string>();
  readonly cleared = output<void>();
}
