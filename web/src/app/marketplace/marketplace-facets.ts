import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MarketplaceFacet } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import type { FacetGroup, FacetOption } from './facet-groups';

/** How many values a long facet (regions, countries) shows until the reader asks for all. */
export const FACET_PREVIEW = 8;

/** A facet value picked (or, with `value: null`, cleared). */
export interface FacetChange {
  facet: MarketplaceFacet;
  value: string | null;
}

/**
 * The facet sidebar: each facet a headed list of toggle buttons named with their count
 * ("Dementia, 12 results"). A click picks the value (replacing the facet's previous one); a click
 * on the picked value clears it.
 */
@Component({
  selector: 'opi-marketplace-facets',
  imports: [MatButtonModule, TranslocoPipe, LocalNumberPipe],
  templateUrl: './marketplace-facets.html',
  styleUrl: './marketplace-facets.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketplaceFacets {
  readonly groups = input.required<FacetGroup[]>();
  readonly lang = input.required<UiLanguage>();
  readonly changed = output<FacetChange>();

  protected readonly preview = FACET_PREVIEW;
  private readonly expanded = signal<ReadonlySet<MarketplaceFacet>>(new Set());

  protected isExpanded(facet: MarketplaceFacet): boolean {
    return this.expanded().has(facet);
  }

  /** The values shown: all when expanded, else the first few and the picked one. */
  protected visible(group: FacetGroup): FacetOption[] {
    if (this.isExpanded(group.facet)) {
      return group.options;
    }
    return group.options.filter(
      (option, index) => index < FACET_PREVIEW || option.selected,
    );
  }

  protected toggleExpanded(facet: MarketplaceFacet): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(facet)) {
        next.add(facet);
      }
      return next;
    });
  }

  protected pick(facet: MarketplaceFacet, option: FacetOption): void {
    this.changed.emit({ facet, value: option.selected ? null : option.value });
  }
}
