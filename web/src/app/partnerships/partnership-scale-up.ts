import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type Partnership,
  type ScaleUpInvitation,
  type ScaleUpProposal,
  readyToScale,
} from '@opi/contracts';
import { type UiLanguage, labelOf } from '@opi/taxonomy';
import { MatchReasonList } from '../matching/match-reason-list';
import { type ReasonLine, reasonLine } from '../matching/match-reasons';
import {
  INTEREST_MESSAGE_MAX,
  INTEREST_MESSAGE_MIN,
} from '../matching/proposals-panel';
import { ScoreMeter } from '../matching/score-meter';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { focusAfterRender } from '../shared/focus';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { PartnershipsApiService } from './partnerships-api.service';
import { openTextDialog } from './text-dialog';

const countryNames = new CountryNamePipe();

/** A proposal as the panel shows it. */
interface ScaleUpLine {
  proposal: ScaleUpProposal;
  /** Whole percent, 0–100, and as the reader's language writes it. */
  percent: number;
  percentText: string;
  /** "Municipality · Region Syddanmark · Denmark" */
  where: string;
  reasons: ReasonLine[];
}

/**
 * Scale-up on a partnership that reached scaling or succeeded: the municipalities and hospitals
 * with a need like the one solved here (from the matching service), with the score and reasons
 * of each; the company's members and cluster managers invite them with a message. Emits once an
 * invitation is sent, so the page can read the partnership's history again.
 */
@Component({
  selector: 'opi-partnership-scale-up',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    MatchReasonList,
    ScoreMeter,
  ],
  templateUrl: './partnership-scale-up.html',
  styleUrl: './partnership-scale-up.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartnershipScaleUp {
  readonly partnership = input.required<Partnership>();
  readonly lang = input.required<UiLanguage>();
  readonly invited = output<ScaleUpInvitation>();

  private readonly api = inject(PartnershipsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /** Read again when the partnership opens or closes for scale-up, not on each of its edits. */
  private readonly source = computed(
    () => ({
      id: this.partnership().id,
      ready: readyToScale(this.partnership()),
    }),
    { equal: (a, b) => a.id === b.id && a.ready === b.ready },
  );
  protected readonly list = rxResource({
    params: () => this.source(),
    stream: ({ params }) => this.api.scaleUpProposals(params.id),
  });

  /** Invitations sent from this page, by organisation, until the list is read again. */
  private readonly sent = linkedSignal<unknown, ReadonlyMap<string, string>>({
    source: () => this.list.value(),
    computation: () => new Map(),
  });

  protected readonly canInvite = computed(
    () => this.list.value()?.canInvite ?? false,
  );

  protected readonly lines = computed((): ScaleUpLine[] => {
    const lang = this.lang();
    const sent = this.sent();
    const percentFormat = new Intl.NumberFormat(lang, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    return (this.list.value()?.items ?? []).map((proposal) => {
      const percent = Math.round(
        Math.min(1, Math.max(0, proposal.score)) * 100,
      );
      return {
        proposal: {
          ...proposal,
          invitedAt:
            proposal.invitedAt ?? sent.get(proposal.organisation.id) ?? null,
        },
        percent,
        percentText: percentFormat.format(percent / 100),
        where: [
          labelOf('organisationKind', proposal.organisation.kind, lang),
          proposal.organisation.region,
          countryNames.transform(proposal.organisation.country, lang),
        ]
          .filter(Boolean)
          .join(' · '),
        reasons: proposal.reasons.map((reason) => reasonLine(reason, lang)),
      };
    });
  });

  /** Asks for the message, sends the invitation, and shows the organisation as invited. */
  protected invite(proposal: ScaleUpProposal): void {
    const partnership = this.partnership();
    const sent = openTextDialog<ScaleUpInvitation>(
      this.dialog,
      {
        title: 'partnerships.scaleUp.dialogTitle',
        text: this.isCompanyMember()
          ? 'partnerships.scaleUp.dialogTextInterest'
          : 'partnerships.scaleUp.dialogTextIntroduction',
        params: {
          organisation: proposal.organisation.name,
          offering: partnership.offering?.title ?? '',
        },
        field: 'message',
        label: 'partnerships.scaleUp.message',
        hint: 'partnerships.scaleUp.hint',
        confirm: 'partnerships.scaleUp.send',
        minLength: INTEREST_MESSAGE_MIN,
        maxLength: INTEREST_MESSAGE_MAX,
        submit: (message) =>
          this.api.inviteToScaleUp(partnership.id, {
            organisationId: proposal.organisation.id,
            ...(proposal.need ? { needId: proposal.need.id } : {}),
            message,
          }),
      },
      // Sent, the Invite button is gone: focus moves to "Invited" rather than back to it.
      { restoreFocus: false },
    );
    sent.subscribe((invitation) => {
      if (!invitation) {
        this.focusOn(proposal.organisation.id, '.scale-up__invite');
        return;
      }
      this.sent.update((sent) =>
        new Map(sent).set(invitation.organisationId, invitation.createdAt),
      );
      this.invited.emit(invitation);
      this.focusOn(invitation.organisationId, '.scale-up__invited');
    });
  }

  private focusOn(organisationId: string, selector: string): void {
    focusAfterRender(this.injector, () =>
      [...this.host.querySelectorAll<HTMLElement>('[data-scale-up]')]
        .find((el) => el.dataset['scaleUp'] === organisationId)
        ?.querySelector<HTMLElement>(selector),
    );
  }

  /** A party's member inviting from the partnership is the company's (cluster managers introduce). */
  private isCompanyMember(): boolean {
    return !this.partnership().canOverride;
  }
}
