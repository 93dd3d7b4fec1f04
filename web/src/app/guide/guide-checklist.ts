import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChecklistView } from './guide-markdown';
import { ROLE_KEYS } from './guide-labels';

/** A reader ticked or unticked an item. */
export interface TickChange {
  itemId: string;
  ticked: boolean;
}

/**
 * One role's checklist of a phase as checkboxes. It sits under the checklist's heading, which
 * names the list for assistive technology; the page keeps the ticks.
 */
@Component({
  selector: 'opi-guide-checklist',
  imports: [MatCheckboxModule, TranslocoPipe],
  templateUrl: './guide-checklist.html',
  styleUrl: './guide-checklist.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuideChecklist {
  readonly checklist = input.required<ChecklistView>();
  /** The ids of the ticked items (of any page). */
  readonly ticked = input.required<ReadonlySet<string>>();
  /** The language the items are written in. */
  readonly lang = input.required<string>();
  /** While the ticks are loading or being saved. */
  readonly disabled = input(false);
  readonly tick = output<TickChange>();

  protected readonly roleKeys = ROLE_KEYS;
  protected readonly done = computed(
    () =>
      this.checklist().items.filter((item) => this.ticked().has(item.id))
        .length,
  );
}
