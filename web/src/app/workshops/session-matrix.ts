import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkshopMatrix } from '@opi/contracts';
import { compareByPriority } from '@opi/workshops';
import { LanguageService } from '../i18n/language.service';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { pluralKey } from '../shared/plural-key';
import { MatrixChart } from './matrix-chart';
import { AXIS_KEYS, QUADRANT_KEYS } from './workshop-labels';

/**
 * The session's opportunity/difficulty matrix, live: the chart, then a table with the same
 * figures (mean ± spread of each axis, votes, quadrant), best first.
 */
@Component({
  selector: 'opi-session-matrix',
  imports: [MatTableModule, TranslocoPipe, LocalNumberPipe, MatrixChart],
  templateUrl: './session-matrix.html',
  styleUrl: './session-matrix.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionMatrix {
  readonly matrix = input.required<WorkshopMatrix>();

  protected readonly lang = inject(LanguageService).current;
  protected readonly axisKeys = AXIS_KEYS;
  protected readonly columns = [
    'title',
    'opportunity',
    'difficulty',
    'votes',
    'quadrant',
  ];

  /** Best first, each with its quadrant's name. */
  protected readonly rows = computed(() =>
    [...this.matrix().points].sort(compareByPriority).map((point) => ({
      ...point,
      quadrantKey: QUADRANT_KEYS[point.quadrant],
    })),
  );
  protected readonly scorers = computed(() => {
    const count = this.matrix().scorers;
    return {
      key: pluralKey(
        {
          one: 'workshops.session.matrix.scorers.one',
          other: 'workshops.session.matrix.scorers.other',
        },
        count,
        this.lang(),
      ),
      params: { count },
    };
  });
}
