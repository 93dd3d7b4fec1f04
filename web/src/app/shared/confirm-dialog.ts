import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  type MatDialogConfig,
  MatDialogModule,
} from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable, map } from 'rxjs';

/** What the dialog asks; each text is a translation key. */
export interface ConfirmDialogData {
  title: string;
  text: string;
  confirm: string;
  /** Parameters for the title and text. */
  params?: Record<string, unknown>;
}

/** Asks the reader to confirm a step that cannot be undone; closes with `true` to go ahead. */
@Component({
  selector: 'opi-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title | transloco: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.text | transloco: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ 'common.cancel' | transloco }}
      </button>
      <button
        mat-flat-button
        type="button"
        class="confirm-dialog__danger"
        [mat-dialog-close]="true"
      >
        {{ data.confirm | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm-dialog__danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirm dialog; emits once, `true` when the reader confirmed. */
export function confirmWith(
  dialog: MatDialog,
  data: ConfirmDialogData,
): Observable<boolean> {
  const config: MatDialogConfig<ConfirmDialogData> = {
    data,
    width: '32rem',
    maxWidth: 'calc(100vw - 2rem)',
    // Cancel comes first, so the safe choice has the focus.
    autoFocus: 'first-tabbable',
    restoreFocus: true,
  };
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, config)
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
