import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Title } from '@angular/platform-browser';
import {
  ActivatedRoute,
  NavigationEnd,
  Router,
  RouterLink,
} from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { LANGUAGE_QUERY_PARAM } from '../i18n/languages';
import { apiProblem } from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { GuideApiService } from './guide-api.service';
import { GuideChecklist, type TickChange } from './guide-checklist';
import { GuideEntry } from './guide-entry';
import { GuideLinks } from './guide-links';
import { KIND_KEYS } from './guide-labels';
import { guideSections, pageOutline } from './guide-markdown';
import { GuideProse } from './guide-prose';
import { GuideStorage } from './guide-storage';
import { PROJECT_PATTERN } from './guide.models';

/** A project name the API accepts. */
function projectName(
  control: AbstractControl<string>,
): ValidationErrors | null {
  const value = control.value.trim();
  if (!value) {
    return { required: true };
  }
  return PROJECT_PATTERN.test(value)
    ? null
    : { message: 'guide.ticks.projectInvalid' };
}

/**
 * `/guide/:slug`: one guide page, rendered from its Markdown in the reader's language (or in
 * English, saying so). Links to other guide pages stay inside the portal. A phase's checklists
 * are checkboxes: signed out, the ticks stay in this browser; signed in, they are saved to the
 * account under a project the reader names.
 */
@Component({
  selector: 'opi-guide-article',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    GuideChecklist,
    GuideEntry,
    GuideLinks,
    GuideProse,
  ],
  templateUrl: './guide-article.html',
  styleUrl: './guide-article.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuideArticle {
  /** Route parameter. */
  readonly slug = input.required<string>();
  /** `?lang=`, kept on links to other guide pages so a shared address keeps its language. */
  readonly lang = input<string>();

  private readonly api = inject(GuideApiService);
  private readonly storage = inject(GuideStorage);
  private readonly document = inject(DOCUMENT);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly language = inject(LanguageService).current;
  protected readonly signedIn = inject(AuthService).signedIn;
  protected readonly kindKeys = KIND_KEYS;
  protected readonly fieldError = fieldError;

  private readonly fragment = toSignal(inject(ActivatedRoute).fragment, {
    initialValue: null,
  });
  private readonly translation = toSignal(this.transloco.selectTranslation());
  /** Every navigation resets the document title to the route's (a `#heading` one too). */
  private readonly navigated = toSignal(
    inject(Router).events.pipe(filter((e) => e instanceof NavigationEnd)),
  );

  protected readonly linkParams = computed(() => {
    const lang = this.lang();
    return lang ? { [LANGUAGE_QUERY_PARAM]: lang } : {};
  });

  protected readonly article = rxResource({
    params: () => ({ slug: this.slug(), lang: this.language() }),
    stream: ({ params }) => this.api.page(params.slug, params.lang),
  });

  protected readonly sections = computed(() =>
    this.article.hasValue() ? guideSections(this.article.value()) : [],
  );
  protected readonly outline = computed(() =>
    this.article.hasValue() ? pageOutline(this.article.value().headings) : [],
  );
  /** The ticks box goes just before the first checklist. */
  protected readonly firstChecklist = computed(() =>
    this.sections().findIndex((section) => section.checklist !== null),
  );
  protected readonly notFound = computed(
    () => apiProblem(this.article.error()).status === 404,
  );

  /** The project a signed-in reader keeps ticks in. */
  protected readonly project = signal(this.storage.project());
  protected readonly projectControl = new FormControl(this.project(), {
    nonNullable: true,
    validators: [projectName],
  });

  protected readonly savedTicks = rxResource({
    params: () =>
      this.signedIn() && this.firstChecklist() >= 0
        ? this.project()
        : undefined,
    stream: ({ params }) => this.api.ticks(params),
  });

  /** Ticked item ids: from the account when signed in, else from this browser. */
  protected readonly ticked = linkedSignal<ReadonlySet<string>>(() => {
    if (!this.signedIn()) {
      return this.storage.ticks();
    }
    return new Set(
      this.savedTicks.hasValue() ? this.savedTicks.value().itemIds : [],
    );
  });
  /** While the saved ticks load, the boxes wait (their state is not known yet). */
  protected readonly ticksLoading = computed(
    () => this.signedIn() && this.savedTicks.isLoading(),
  );

  /** The page shown before the current one (to move focus to a newly opened page's title). */
  private shownSlug: string | null = null;

  constructor() {
    // The document title names the page, in the reader's language.
    effect(() => {
      this.translation();
      this.navigated();
      if (!this.article.hasValue()) {
        return;
      }
      const page = this.article.value().title;
      untracked(() =>
        this.title.setTitle(
          this.transloco.translate('app.documentTitle', {
            page,
            brand: this.transloco.translate('app.brand'),
          }),
        ),
      );
    });

    // Once a page is shown: focus the heading the address points to, or the title of a page
    // opened from another one (the link that was clicked is gone).
    effect(() => {
      const fragment = this.fragment();
      if (!this.article.hasValue()) {
        return;
      }
      const slug = this.article.value().slug;
      const movedOn = this.shownSlug !== null && this.shownSlug !== slug;
      this.shownSlug = slug;
      if (!fragment && !movedOn) {
        return;
      }
      afterNextRender(
        () => {
          const target = fragment
            ? this.document.getElementById(fragment)
            : this.host.querySelector<HTMLElement>('h1');
          target?.focus();
        },
        { injector: this.injector },
      );
    });
  }

  protected toggle({ itemId, ticked }: TickChange): void {
    this.ticked.update((before) => withTick(before, itemId, ticked));
    if (!this.signedIn()) {
      this.storage.saveTicks(this.ticked());
      return;
    }
    this.api.setTick(itemId, ticked, this.project()).subscribe({
      error: () => {
        this.ticked.update((now) => withTick(now, itemId, !ticked));
        this.snackBar.open(
          this.transloco.translate('guide.ticks.saveError'),
          undefined,
          { duration: 6000 },
        );
      },
    });
  }

  protected useProject(event: Event): void {
    event.preventDefault();
    this.projectControl.markAsTouched();
    if (this.projectControl.invalid) {
      return;
    }
    const project = this.projectControl.value.trim();
    this.projectControl.setValue(project);
    this.storage.saveProject(project);
    this.project.set(project);
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}

function withTick(
  ticks: ReadonlySet<string>,
  itemId: string,
  ticked: boolean,
): ReadonlySet<string> {
  const next = new Set(ticks);
  if (ticked) {
    next.add(itemId);
  } else {
    next.delete(itemId);
  }
  return next;
}
