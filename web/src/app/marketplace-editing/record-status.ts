import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RecordStatus } from '@opi/contracts';

/** Translation keys of the record statuses. */
export const RECORD_STATUS_KEYS: Readonly<Record<RecordStatus, string>> = {
  draft: 'editing.status.draft',
  published: 'editing.status.published',
  archived: 'editing.status.archived',
};

/** A need's or offering's status as a small chip: draft, published, archived. */
@Component({
  selector: 'opi-record-status',
  imports: [TranslocoPipe],
  template: `{{ keys[status()] | transloco }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      white-space: nowrap;
    }

    :host(.record-status--published) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    :host(.record-status--archived) {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: {
    '[class.record-status--published]': "status() === 'published'",
    '[class.record-status--archived]': "status() === 'archived'",
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordStatusChip {
  readonly status = input.required<RecordStatus>();
  protected readonly keys = RECORD_STATUS_KEYS;
}
