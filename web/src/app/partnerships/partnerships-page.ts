import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type WritableSignal,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PARTNERSHIP_STALE_DAYS,
  type Interest,
  type Page,
  type Partnership,
  type PartnershipSummary,
} from '@opi/contracts';
import { labelOf } from '@opi/taxonomy';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { apiProblem, problemKey } from '../shared/api-error';
import { focusAfterRender } from '../shared/focus';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { InterestList } from './interest-list';
import { BROKER_ROLES } from './partnership-labels';
import { PartnershipBoard, type StageMove } from './partnership-board';
import { PartnershipsApiService } from './partnerships-api.service';
import { REASON_MAX, changeStage, closePartnership } from './stage-change';
import { OUTCOME_KEYS, openTextDialog } from './text-dialog';

/** A problem of the board: a translation key, or the API's own words for a refused move. */
interface BoardProblem {
  key: string;
  messages: string[];
}

/**
 * `/partnerships`: the expressions of interest the reader's organisations received (to accept,
 * or decline with a reason) and sent (with their status), then their partnerships. Cluster
 * managers and admins get the pipeline board of all partnerships, where a card moves by drag and
 * drop or its "Move to stage" menu; a move the pipeline does not allow is refused with the API's
 * words, and they may override it with a reason. Other readers get the list of theirs.
 */
@Component({
  selector: 'opi-partnerships-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    TaxonomyLabelPipe,
    InterestList,
    PartnershipBoard,
  ],
  templateUrl: './partnerships-page.html',
  styleUrl: './partnerships-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartnershipsPage {
  private readonly api = inject(PartnershipsApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  protected readonly staleDays = PARTNERSHIP_STALE_DAYS;
  protected readonly outcomeKeys = OUTCOME_KEYS;

  /** Cluster managers and admins: the board of every partnership. */
  protected readonly broker = computed(() =>
    BROKER_ROLES.some((role) => role === this.auth.currentUser()?.role),
  );

  protected readonly received = rxResource({
    stream: () => this.api.interests('received'),
  });
  protected readonly sent = rxResource({
    stream: () => this.api.interests('sent'),
  });
  protected readonly partnerships = rxResource({
    stream: () => this.api.partnerships(),
  });

  /** The received interests waiting for an answer first, then the newest. */
  protected readonly receivedItems = computed(() =>
    this.received.hasValue()
      ? [...this.received.value().items].sort(
          (a, b) =>
            Number(b.status === 'pending') - Number(a.status === 'pending') ||
            b.createdAt.localeCompare(a.createdAt),
        )
      : [],
  );
  protected readonly sentItems = computed(() =>
    this.sent.hasValue() ? this.sent.value().items : [],
  );
  protected readonly partnershipItems = computed(() =>
    this.partnerships.hasValue() ? this.partnerships.value().items : [],
  );
  /** The reader's list: the most recently active first. */
  protected readonly listItems = computed(() =>
    [...this.partnershipItems()].sort((a, b) =>
      b.lastActivityAt.localeCompare(a.lastActivityAt),
    ),
  );

  /** Interests being answered. */
  protected readonly answering = signal<ReadonlySet<string>>(new Set());
  protected readonly interestProblem = signal<string | null>(null);
  /** Partnerships being moved. */
  protected readonly moving = signal<ReadonlySet<string>>(new Set());
  protected readonly boardProblem = signal<BoardProblem | null>(null);
  /** What was last done, for screen readers (a translation key and its parameters). */
  protected readonly announcement = signal<{
    key: string;
    params: Record<string, unknown>;
  } | null>(null);

  protected parties(partnership: PartnershipSummary): string {
    return partnership.parties.map((p) => p.name).join(' · ');
  }

  // Interests

  protected accept(interest: Interest): void {
    this.interestProblem.set(null);
    this.setBusy(this.answering, interest.id, true);
    this.api.acceptInterest(interest.id).subscribe({
      next: (accepted) => {
        this.setBusy(this.answering, interest.id, false);
        this.replaceInterest(accepted);
        // It is a partnership now.
        this.partnerships.reload();
        this.announce('partnerships.interests.accepted', {
          title: interest.subject.title,
        });
        focusAfterRender(this.injector, () =>
          this.dataElement('interest', interest.id)?.querySelector<HTMLElement>(
            '.interest__partnership a',
          ),
        );
      },
      error: (error: unknown) => {
        this.setBusy(this.answering, interest.id, false);
        this.interestProblem.set(problemKey(apiProblem(error)));
      },
    });
  }

  protected decline(interest: Interest): void {
    this.interestProblem.set(null);
    openTextDialog<Interest>(this.dialog, {
      title: 'partnerships.interests.declineTitle',
      text: 'partnerships.interests.declineText',
      params: { organisation: interest.from.name },
      field: 'reason',
      label: 'partnerships.interests.declineReasonLabel',
      hint: 'partnerships.interests.declineReasonHint',
      confirm: 'partnerships.interests.declineConfirm',
      maxLength: REASON_MAX,
      submit: (reason) => this.api.declineInterest(interest.id, reason),
    }).subscribe((declined) => {
      if (declined) {
        this.replaceInterest(declined);
        this.announce('partnerships.interests.declined', {
          title: interest.subject.title,
        });
      }
    });
  }

  private replaceInterest(interest: Interest): void {
    if (this.received.hasValue()) {
      this.received.value.update((page) => ({
        ...page,
        items: page.items.map((i) => (i.id === interest.id ? interest : i)),
      }));
    }
  }

  // The board

  /** Moves a card (dropped on a column, or from its menu); closing asks for an outcome and a reason. */
  protected move({ partnership, stage }: StageMove): void {
    const current =
      this.partnershipItems().find((p) => p.id === partnership.id) ??
      partnership;
    if (current.stage === stage || this.moving().has(current.id)) {
      return;
    }
    this.boardProblem.set(null);
    if (stage === 'closed') {
      this.setBusy(this.moving, current.id, true);
      closePartnership(this.api, this.dialog, current).subscribe((closed) => {
        this.setBusy(this.moving, current.id, false);
        if (closed) {
          this.moved(closed);
        }
      });
      return;
    }
    // The card shows in its new column at once; it goes back when the move fails.
    this.replacePartnership({ ...current, stage });
    this.setBusy(this.moving, current.id, true);
    changeStage(this.api, this.dialog, current, stage, this.broker()).subscribe(
      {
        next: ({ moved, refused }) => {
          this.setBusy(this.moving, current.id, false);
          if (moved) {
            this.moved(moved);
            return;
          }
          this.replacePartnership(current);
          this.boardProblem.set({
            key: 'partnerships.board.refused',
            messages: refused,
          });
        },
        error: (error: unknown) => {
          this.setBusy(this.moving, current.id, false);
          this.replacePartnership(current);
          this.boardProblem.set({
            key: problemKey(apiProblem(error)),
            messages: [],
          });
        },
      },
    );
  }

  protected reloadBoard(): void {
    this.boardProblem.set(null);
    this.partnerships.reload();
  }

  private moved(partnership: Partnership): void {
    this.replacePartnership(summaryOf(partnership));
    this.announce('partnerships.board.moved', {
      title: partnership.title,
      stage: labelOf('partnershipStage', partnership.stage, this.lang()),
    });
    // The card stands in another column now, its menu's trigger with it: keep the focus on it.
    focusAfterRender(this.injector, () =>
      this.dataElement(
        'partnership',
        partnership.id,
      )?.querySelector<HTMLElement>('.card__move'),
    );
  }

  private replacePartnership(partnership: PartnershipSummary): void {
    if (this.partnerships.hasValue()) {
      this.partnerships.value.update(
        (page): Page<PartnershipSummary> => ({
          ...page,
          items: page.items.map((p) =>
            p.id === partnership.id ? partnership : p,
          ),
        }),
      );
    }
  }

  private setBusy(
    state: WritableSignal<ReadonlySet<string>>,
    id: string,
    busy: boolean,
  ): void {
    state.update((ids) => {
      const next = new Set(ids);
      if (busy) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set({ key, params });
  }

  /** The element of the page with `data-<name>="<value>"`. */
  private dataElement(name: string, value: string): HTMLElement | undefined {
    return [...this.host.querySelectorAll<HTMLElement>(`[data-${name}]`)].find(
      (el) => el.dataset[name] === value,
    );
  }
}

/** The board's card of a partnership the API answered in full. */
function summaryOf(partnership: Partnership): PartnershipSummary {
  const {
    id,
    title,
    stage,
    outcome,
    parties,
    need,
    offering,
    introduced,
    lastActivityAt,
    stale,
    version,
  } = partnership;
  return {
    id,
    title,
    stage,
    outcome,
    parties,
    need,
    offering,
    introduced,
    lastActivityAt,
    stale,
    version,
  };
}
