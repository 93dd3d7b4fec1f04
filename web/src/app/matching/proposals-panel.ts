import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type {
  MatchFeedback,
  MatchList,
  MatchReason,
  Need,
  OrganisationKind,
  OrganisationMatch,
  TestSiteMatch,
} from '@opi/contracts';
import { type Observable, map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { apiProblem, problemKey } from '../shared/api-error';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { focusAfterRender } from '../shared/focus';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { type ReasonLine, reasonLine } from './match-reasons';
import { MatchingApiService } from './matching-api.service';

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

  private readonly api = inject(MatchingApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly signedIn = inject(AuthService).signedIn;

  protected readonly keys = computed(() => KEYS[this.kind()]);

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
