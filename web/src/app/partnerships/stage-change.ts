import type { MatDialog } from '@angular/material/dialog';
import type {
  ChangeStageRequest,
  Partnership,
  PipelineStage,
} from '@opi/contracts';
import { type Observable, catchError, map, of, throwError } from 'rxjs';
import { apiProblem } from '../shared/api-error';
import type { PartnershipsApiService } from './partnerships-api.service';
import { openTextDialog } from './text-dialog';

/** Longest reason the portal sends with an override, a close or a decline. */
export const REASON_MAX = 2000;

/** How a stage change ended: moved (the API's answer), or refused with the API's words. */
export type StageChange =
  | { moved: Partnership; refused?: undefined }
  | { moved?: undefined; refused: string[] };

/** What a stage change needs to know of the partnership. */
export interface StageChangeTarget {
  id: string;
  title: string;
  version: number;
}

/**
 * Moves a partnership to `stage` with the version the page holds. A 409 (a jump the pipeline does
 * not allow, or a stale version) is refused with the API's words; a reader who may override
 * (cluster managers, admins) is first asked for a reason in a dialog that resends the change with
 * `override: true`. Other failures are errors.
 */
export function changeStage(
  api: PartnershipsApiService,
  dialog: MatDialog,
  partnership: StageChangeTarget,
  stage: PipelineStage,
  canOverride: boolean,
): Observable<StageChange> {
  const body: ChangeStageRequest = { stage, version: partnership.version };
  return api.changeStage(partnership.id, body).pipe(
    map((moved): StageChange => ({ moved })),
    catchError((error: unknown) => {
      const problem = apiProblem(error);
      if (problem.status !== 409) {
        return throwError(() => error);
      }
      const refused: StageChange = { refused: problem.messages };
      if (!canOverride) {
        return of(refused);
      }
      return openTextDialog<Partnership>(dialog, {
        title: 'partnerships.override.title',
        text: 'partnerships.override.text',
        params: { title: partnership.title },
        message: problem.messages.join('\n') || null,
        field: 'reason',
        label: 'partnerships.override.reason',
        hint: 'partnerships.override.reasonHint',
        confirm: 'partnerships.override.confirm',
        maxLength: REASON_MAX,
        submit: (reason) =>
          api.changeStage(partnership.id, {
            ...body,
            override: true,
            reason,
          }),
      }).pipe(map((moved): StageChange => (moved ? { moved } : refused)));
    }),
  );
}

/**
 * Closes a partnership: a dialog asks for the outcome and a reason and sends them (closing is
 * always allowed; a stale version shows the API's words in the dialog). Emits the closed
 * partnership, or undefined when the reader cancelled.
 */
export function closePartnership(
  api: PartnershipsApiService,
  dialog: MatDialog,
  partnership: StageChangeTarget,
): Observable<Partnership | undefined> {
  return openTextDialog<Partnership>(dialog, {
    title: 'partnerships.close.title',
    text: 'partnerships.close.text',
    params: { title: partnership.title },
    field: 'reason',
    label: 'partnerships.close.reason',
    confirm: 'partnerships.close.confirm',
    maxLength: REASON_MAX,
    outcome: true,
    submit: (reason, outcome) =>
      api.changeStage(partnership.id, {
        stage: 'closed',
        version: partnership.version,
        reason,
        outcome: outcome ?? 'stopped',
      }),
  });
}
