import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Organisation } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { SIZE_BAND_KEYS } from './organisation-labels';

/** The fields an organisation of its kind has, as a list of terms and values (empty ones left out). */
@Component({
  selector: 'opi-organisation-facts',
  imports: [MatChipsModule, TranslocoPipe, LocalNumberPipe, TaxonomyLabelPipe],
  templateUrl: './organisation-facts.html',
  styles: `
    .facts {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr;
      gap: 0.75rem 1.25rem;
      margin: 0;

      dt {
        font-weight: 600;
      }

      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    }

    .facts__list {
      margin: 0;
      padding-left: 1.1rem;
    }

    @media (max-width: 599.98px) {
      .facts {
        grid-template-columns: 1fr;
        gap: 0.25rem;

        dd {
          margin-bottom: 0.75rem;
        }
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationFacts {
  readonly organisation = input.required<Organisation>();
  /** Language for taxonomy labels and numbers. */
  readonly lang = input.required<UiLanguage>();

  protected readonly sizeBandKey = computed(() => {
    const o = this.organisation();
    return o.kind === 'company' && o.sizeBand
      ? SIZE_BAND_KEYS[o.sizeBand]
      : null;
  });

  /** The free-text lists of the kind, in the order the editor asks for them. */
  protected readonly lists = computed(() => {
    const o = this.organisation();
    const byKind: Record<
      Organisation['kind'],
      { label: string; items: string[] | undefined }[]
    > = {
      company: [
        { label: 'organisation.fields.expertise', items: o.expertise },
        { label: 'organisation.fields.products', items: o.products },
      ],
      municipality: [],
      hospital: [
        { label: 'organisation.fields.departments', items: o.departments },
      ],
      knowledge_institution: [
        {
          label: 'organisation.fields.researchGroups',
          items: o.researchGroups,
        },
        { label: 'organisation.fields.expertise', items: o.expertise },
        {
          label: 'organisation.fields.evaluationServices',
          items: o.evaluationServices,
        },
      ],
    };
    return byKind[o.kind]
      .filter((list) => list.items?.length)
      .map((list) => ({ label: list.label, items: list.items ?? [] }));
  });
}
