import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Interest } from '@opi/contracts';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { INTEREST_STATUS_KEYS, recordLink } from './partnership-labels';

/** Translation keys of a record's type. */
const RECORD_TYPE_KEYS = {
  need: 'partnerships.record.need',
  offering: 'partnerships.record.offering',
} as const;

/**
 * Expressions of interest, received or sent: what each is about (the sender's record and the
 * record or organisation it is addressed to, with links), the message, its status and, for the
 * received ones the reader may answer, Accept and Decline.
 */
@Component({
  selector: 'opi-interest-list',
  imports: [MatButtonModule, RouterLink, TranslocoPipe, LocalDatePipe],
  templateUrl: './interest-list.html',
  styleUrl: './interest-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InterestList {
  readonly interests = input.required<readonly Interest[]>();
  readonly direction = input.required<'received' | 'sent'>();
  readonly lang = input.required<string>();
  /** Interests being answered (their buttons wait). */
  readonly busy = input<ReadonlySet<string>>(new Set());

  readonly accept = output<Interest>();
  readonly decline = output<Interest>();

  protected readonly statusKeys = INTEREST_STATUS_KEYS;
  protected readonly typeKeys = RECORD_TYPE_KEYS;
  protected readonly recordLink = recordLink;
}
