import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type {
  ExpressInterestRequest,
  Interest,
  MatchFeedback,
  MatchList,
  MatchReason,
  Need,
  OrganisationKind,
  OrganisationMatch,
  Partnership,
  TestSiteMatch,
} from '@opi/contracts';
import { type Observable, map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { BROKER_ROLES } from '../partnerships/partnership-labels';
import { PartnershipsApiService } from '../partnerships/partnerships-api.service';
import { openTextDialog } from '../partnerships/text-dialog';
import { apiProblem, problemKey } from '../shared/api-error';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { focusAfterRender } from '../shared/focus';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { MatchReasonList } from './match-reason-list';
import { type ReasonLine, reasonLine } from './match-reasons';
import { MatchingApiService } from './matching-api.service';
import { ScoreMeter } from './score-meter';

/** Offerings proposed for a need, or test sites proposed for an offering. */
export type ProposalsKind =
  | 'partners'
  | 'test-sites'
  | 'similar-needs'
  | 'evaluation-partners';

/** Translation keys of each kind of list. */
const KEYS: Readonly<
  Record<
    ProposalsKind,
    { heading: string; intro: string; loading: string; error: string }
  >
> = {
  partners: {
    heading: 'matching.partners.heading',
    intro: 'matching.partners.intro',
    loading: 'matching.partners.loading',
    error: 'matching.partners.error',
  },
  'test-sites': {
    heading: 'matching.testSites.heading',
    intro: 'matching.testSites.intro',
    loading: 'matching.testSites.loading',
    error: 'matching.testSites.error',
  },
  'similar-needs': {
    heading: 'matching.similarNeeds.heading',
    intro: 'matching.similarNeeds.intro',
    loading: 'matching.similarNeeds.loading',
    error: 'matching.similarNeeds.error',
  },
  'evaluation-partners': {
    heading: 'matching.evaluationPartners.heading',
    intro: 'matching.evaluationPartners.intro',
    loading: 'matching.evaluationPartners.loading',
    error: 'matching.evaluationPartners.error',
  },
};

/** How long the "hidden" message waits for an undo. */
const UNDO_MS = 10_000;

/** The length an expression of interest's message must have. */
export const INTEREST_MESSAGE_MIN = 10;
export const INTEREST_MESSAGE_MAX = 2000;
/** Longest note of an introduction. */
export const INTRODUCTION_NOTE_MAX = 2000;

/**
 * What an expression of interest from a proposal is about: the page's record (a need, or an
 * offering for test sites) and the proposal (an offering, a need or an organisation).
 */
export function interestRequest(
  kind: ProposalsKind,
  subjectId: string,
  candidateId: string,
  message: string,
): ExpressInterestRequest {
  const targetType = {
    partners: 'offering',
    'test-sites': 'organisation',
    'similar-needs': 'need',
    'evaluation-partners': 'organisation',
  } as const;
  return {
    subject: {
      type: kind === 'test-sites' ? 'offering' : 'need',
      id: subjectId,
    },
    target: { type: targetType[kind], id: candidateId },
    message,
  };
}

/** A proposal as the API gives it, the same for both kinds. */
interface Candidate {
  /** The proposed offering, or the test site's organisation (the feedback's `candidateId`). */
  id: string;
  /** The offering's title, or the organisation's name. */
  title: string;
  /** The language the title is written in (organisation names have none). */
  titleLang: string | null;
  link: string[];
  /** Who offers the offering; null for a test site (the title names it). */
  organisation: string | null;
  /** The id of the offering's, the need's or the proposed organisation. */
  organisationId: string;
  organisationKind: OrganisationKind;
  country: string;
  /** The test site's need the offering fits best. */
  need: Need | null;
  score: number;
  reasons: MatchReason[];
  feedback: MatchFeedback | null;
}

/** A proposal as the panel shows it, worded in the reader's language. */
interface Proposal extends Omit<Candidate, 'reasons' | 'feedback'> {
  /** Whole percent, 0–100. */
  percent: number;
  /** The percentage as the reader's language writes it ("82%", "82 %"). */
  percentText: string;
  reasons: ReasonLine[];
  verdict: MatchFeedback | null;
}

/**
 * "Proposed partners" on `/needs/:id` and "Proposed test sites" on `/offerings/:id`: the best
 * proposals of the matching engine with a score and the reasons for each. Signed-in readers mark
 * a proposal "Interesting" or hide it as "Not relevant" (with an undo); the list is theirs, so it
 * reloads when they sign in or out.
 */
@Component({
  selector: 'opi-proposals-panel',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    CountryNamePipe,
    LocalDatePipe,
    TaxonomyLabelPipe,
    MatchReasonList,
    ScoreMeter,
  ],
  templateUrl: './proposals-panel.html',
  styleUrl: './proposals-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalsPanel {
  readonly kind = input.required<ProposalsKind>();
  /** The need's or offering's id. */
  readonly subjectId = input.required<string>();
  /** Where signing in comes back to (the record's page). */
  readonly returnUrl = input.required<string>();
  /** The organisation of the need or offering: its members may express interest. */
  readonly subjectOrganisationId = input<string | null>(null);

  private readonly api = inject(MatchingApiService);
  private readonly partnershipsApi = inject(PartnershipsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly signedIn = inject(AuthService).signedIn;

  protected readonly keys = computed(() => KEYS[this.kind()]);

  /** Members of the record's organisation may express interest in a proposal. */
  protected readonly member = computed(() => {
    const owner = this.subjectOrganisationId();
    return (
      !!owner &&
      !!this.auth
        .currentUser()
        ?.memberships.some((m) => m.organisationId === owner)
    );
  });
  /** Cluster managers and admins may introduce a need's organisation to an offering's. */
  protected readonly broker = computed(
    () =>
      this.kind() === 'partners' &&
      !!this.subjectOrganisationId() &&
      BROKER_ROLES.some((role) => role === this.auth.currentUser()?.role),
  );
  /** Proposals the reader expressed interest in since the list loaded. */
  protected readonly interestSent = signal<ReadonlySet<string>>(new Set());
  /** Proposals introduced since the list loaded: the new partnership's id by proposal. */
  protected readonly introductions = signal<ReadonlyMap<string, string>>(
    new Map(),
  );

  protected readonly list = rxResource({
    params: () => ({
      kind: this.kind(),
      id: this.subjectId(),
      signedIn: this.signedIn(),
    }),
    stream: ({ params }) => this.load(params.kind, params.id),
  });

  /** The list, once it has loaded (a resource's value throws after an error). */
  private readonly loaded = computed(() =>
    this.list.hasValue() ? this.list.value() : undefined,
  );

  /** The reader's verdicts since the list loaded, over the ones it came with. */
  private readonly verdicts = linkedSignal<
    unknown,
    ReadonlyMap<string, MatchFeedback | null>
  >({
    source: () => this.loaded(),
    computation: () => new Map(),
  });

  /** The proposals to show: worded in the reader's language, hidden ones left out. */
  protected readonly proposals = computed((): Proposal[] => {
    const lang = this.lang();
    const verdicts = this.verdicts();
    const percentFormat = new Intl.NumberFormat(lang, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    return (this.loaded()?.items ?? [])
      .map(({ reasons, feedback, ...candidate }) => {
        const percent = Math.round(
          Math.min(1, Math.max(0, candidate.score)) * 100,
        );
        return {
          ...candidate,
          percent,
          percentText: percentFormat.format(percent / 100),
          reasons: reasons.map((reason) => reasonLine(reason, lang)),
          verdict: verdicts.has(candidate.id)
            ? (verdicts.get(candidate.id) ?? null)
            : feedback,
        };
      })
      .filter((proposal) => proposal.verdict !== 'hidden');
  });

  /** Opens the dialog for a message to the proposal's organisation, and sends it. */
  protected expressInterest(proposal: Proposal): void {
    const kind = this.kind();
    const subjectId = this.subjectId();
    openTextDialog<Interest>(this.dialog, {
      title: 'matching.interest.title',
      text: 'matching.interest.text',
      params: { title: proposal.title },
      field: 'message',
      label: 'matching.interest.message',
      hint: 'matching.interest.hint',
      confirm: 'matching.interest.send',
      minLength: INTEREST_MESSAGE_MIN,
      maxLength: INTEREST_MESSAGE_MAX,
      submit: (message) =>
        this.partnershipsApi.expressInterest(
          interestRequest(kind, subjectId, proposal.id, message),
        ),
    }).subscribe((sent) => {
      if (sent) {
        this.interestSent.update((ids) => new Set(ids).add(proposal.id));
        this.focusIn(proposal.id, '.proposal__interest-sent');
      }
    });
  }

  /** A cluster manager introduces the need's organisation to the offering's, with a note. */
  protected introduce(proposal: Proposal): void {
    const needOrganisation = this.subjectOrganisationId();
    if (!needOrganisation) {
      return;
    }
    const needId = this.subjectId();
    openTextDialog<Partnership>(this.dialog, {
      title: 'matching.introduce.title',
      text: 'matching.introduce.text',
      params: { title: proposal.title },
      field: 'note',
      label: 'matching.introduce.note',
      hint: 'matching.introduce.hint',
      confirm: 'matching.introduce.confirm',
      maxLength: INTRODUCTION_NOTE_MAX,
      submit: (note) =>
        this.partnershipsApi.introduce({
          organisationIds: [needOrganisation, proposal.organisationId],
          needId,
          offeringId: proposal.id,
          note,
        }),
    }).subscribe((partnership) => {
      if (partnership) {
        this.introductions.update((map) =>
          new Map(map).set(proposal.id, partnership.id),
        );
        this.focusIn(proposal.id, '.proposal__introduced a');
      }
    });
  }

  private focusIn(candidateId: string, selector: string): void {
    focusAfterRender(this.injector, () =>
      [...this.host.querySelectorAll<HTMLElement>('[data-proposal]')]
        .find((el) => el.dataset['proposal'] === candidateId)
        ?.querySelector<HTMLElement>(selector),
    );
  }

  /** Proposals whose verdict is being saved (a second press waits for the first). */
  private readonly saving = new Set<string>();

  /** "Interesting" on, or off again. */
  protected toggleInteresting(proposal: Proposal): void {
    this.save(
      proposal,
      proposal.verdict === 'interesting' ? null : 'interesting',
    );
  }

  /** "Not relevant": the proposal leaves the list, with an undo that brings it back. */
  protected hide(proposal: Proposal, index: number): void {
    const before = proposal.verdict;
    this.save(proposal, 'hidden', () => {
      const ref = this.snackBar.open(
        this.transloco.translate('matching.hidden', { title: proposal.title }),
        this.transloco.translate('matching.undo'),
        { duration: UNDO_MS },
      );
      ref
        .onAction()
        .subscribe(() =>
          this.save({ ...proposal, verdict: 'hidden' }, before, () =>
            this.focusTitle((titles) =>
              titles.find((a) => a.dataset['candidate'] === proposal.id),
            ),
          ),
        );
    });
    // The button is gone: the reader goes on with the next proposal (or the heading).
    this.focusTitle((titles) => titles[Math.min(index, titles.length - 1)]);
  }

  /**
   * Shows `verdict` at once and saves it; when the API refuses, the proposal is shown as it was
   * and the reader told why.
   */
  private save(
    proposal: Proposal,
    verdict: MatchFeedback | null,
    saved?: () => void,
  ): void {
    if (this.saving.has(proposal.id)) {
      return;
    }
    const subjectId = this.subjectId();
    const before = proposal.verdict;
    this.saving.add(proposal.id);
    this.setVerdict(proposal.id, verdict);
    this.api
      .setFeedback({ subjectId, candidateId: proposal.id, verdict })
      .subscribe({
        next: () => {
          this.saving.delete(proposal.id);
          saved?.();
        },
        error: (error: unknown) => {
          this.saving.delete(proposal.id);
          this.setVerdict(proposal.id, before);
          this.snackBar.open(
            this.transloco.translate(problemKey(apiProblem(error))),
            undefined,
            { duration: 8000 },
          );
        },
      });
  }

  private setVerdict(id: string, verdict: MatchFeedback | null): void {
    this.verdicts.update((verdicts) => new Map(verdicts).set(id, verdict));
  }

  /** After the next render, focuses the title link `pick` chooses, else the panel's heading. */
  private focusTitle(
    pick: (titles: HTMLElement[]) => HTMLElement | undefined,
  ): void {
    focusAfterRender(
      this.injector,
      () =>
        pick([
          ...this.host.querySelectorAll<HTMLElement>('.proposal__title a'),
        ]) ?? this.host.querySelector<HTMLElement>('h2'),
    );
  }

  private load(
    kind: ProposalsKind,
    id: string,
  ): Observable<MatchList<Candidate>> {
    if (kind === 'partners') {
      return this.api.partnersFor(id).pipe(
        map((list) => ({
          ...list,
          items: list.items.map(
            ({ offering, score, reasons, feedback }): Candidate => ({
              id: offering.id,
              title: offering.title,
              titleLang: offering.language,
              link: ['/offerings', offering.id],
              organisation: offering.organisation.name,
              organisationId: offering.organisation.id,
              organisationKind: offering.organisation.kind,
              country: offering.organisation.country,
              need: null,
              score,
              reasons,
              feedback,
            }),
          ),
        })),
      );
    }
    if (kind === 'similar-needs') {
      return this.api.similarTo(id).pipe(
        map((list) => ({
          ...list,
          items: list.items.map(
            ({ need, score, reasons, feedback }): Candidate => ({
              id: need.id,
              title: need.title,
              titleLang: need.language,
              link: ['/needs', need.id],
              organisation: need.organisation.name,
              organisationId: need.organisation.id,
              organisationKind: need.organisation.kind,
              country: need.organisation.country,
              need: null,
              score,
              reasons,
              feedback,
            }),
          ),
        })),
      );
    }
    const organisations =
      kind === 'evaluation-partners'
        ? this.api.evaluationPartnersFor(id)
        : this.api.testSitesFor(id);
    return organisations.pipe(
      map((list) => ({
        ...list,
        items: list.items.map(
          (match: TestSiteMatch | OrganisationMatch): Candidate => ({
            id: match.organisation.id,
            title: match.organisation.name,
            titleLang: null,
            link: ['/organisations', match.organisation.id],
            organisation: null,
            organisationId: match.organisation.id,
            organisationKind: match.organisation.kind,
            country: match.organisation.country,
            need: ('need' in match ? match.need : null) ?? null,
            score: match.score,
            reasons: match.reasons,
            feedback: match.feedback,
          }),
        ),
      })),
    );
  }
}
