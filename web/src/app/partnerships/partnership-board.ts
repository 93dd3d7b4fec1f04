import {
  CdkDrag,
  type CdkDragDrop,
  CdkDragHandle,
  CdkDropList,
  CdkDropListGroup,
} from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PARTNERSHIP_STALE_DAYS,
  PIPELINE_STAGES,
  type PartnershipSummary,
  type PipelineStage,
} from '@opi/contracts';
import type { AppLanguage } from '../i18n/languages';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { OUTCOME_KEYS } from './text-dialog';

/** A partnership to move, and where to. */
export interface StageMove {
  partnership: PartnershipSummary;
  stage: PipelineStage;
}

interface StageColumn {
  stage: PipelineStage;
  partnerships: PartnershipSummary[];
}

/**
 * The pipeline board of cluster managers and admins: one column per stage, a card per
 * partnership (title, parties, a "no activity" badge, the last activity). Cards move by drag and
 * drop between the columns or, from the keyboard, with each card's "Move to stage" menu; the page
 * makes the change.
 */
@Component({
  selector: 'opi-partnership-board',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    CdkDropListGroup,
    MatButtonModule,
    MatMenuModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    TaxonomyLabelPipe,
  ],
  templateUrl: './partnership-board.html',
  styleUrl: './partnership-board.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartnershipBoard {
  readonly partnerships = input.required<readonly PartnershipSummary[]>();
  readonly lang = input.required<AppLanguage>();
  /** Partnerships being moved (their card waits). */
  readonly saving = input<ReadonlySet<string>>(new Set());

  readonly move = output<StageMove>();

  protected readonly stages = PIPELINE_STAGES;
  protected readonly staleDays = PARTNERSHIP_STALE_DAYS;
  protected readonly outcomeKeys = OUTCOME_KEYS;

  /** The columns in pipeline order; the cards in each, the longest quiet first. */
  protected readonly columns = computed((): StageColumn[] =>
    PIPELINE_STAGES.map((stage) => ({
      stage,
      partnerships: this.partnerships()
        .filter((p) => p.stage === stage)
        .sort((a, b) => a.lastActivityAt.localeCompare(b.lastActivityAt)),
    })),
  );

  protected dropListId(stage: PipelineStage): string {
    return `partnership-stage-${stage}`;
  }

  protected parties(partnership: PartnershipSummary): string {
    return partnership.parties.map((p) => p.name).join(' · ');
  }

  protected dropped(
    event: CdkDragDrop<PipelineStage, PipelineStage, PartnershipSummary>,
  ): void {
    if (event.previousContainer === event.container) {
      return;
    }
    this.move.emit({
      partnership: event.item.data,
      stage: event.container.data,
    });
  }
}
