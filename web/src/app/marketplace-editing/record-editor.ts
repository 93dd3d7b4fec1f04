import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toSignal,
} from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { DateAdapter, provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CE_CLASSES,
  type CeClass,
  EVIDENCE_KINDS,
  type EvidenceKind,
  type RecordStatus,
  type TagSuggestions,
} from '@opi/contracts';
import {
  CARE_AREAS,
  CONTENT_LANGUAGES,
  SETTINGS,
  TARGET_GROUPS,
  TRL_LEVELS,
  type UiLanguage,
  type Vocabulary,
  isKnownCode,
  labelOf,
} from '@opi/taxonomy';
import {
  type Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  merge,
  of,
  switchMap,
} from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { type FormProblem, apiProblem, formProblem } from '../shared/api-error';
import { confirmWith } from '../shared/confirm-dialog';
import { fieldError } from '../shared/field-error';
import { focusAfterRender, focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { pluralKey } from '../shared/plural-key';
import {
  COLLECTIONS,
  type Collection,
  type MarketplaceItem,
} from './collection';
import {
  DETECT_LANGUAGE,
  LIMITS,
  type RecordForm,
  addAttachment,
  addEvidence,
  applyCollection,
  fillForm,
  recordForm,
  toNeedCreate,
  toNeedUpdate,
  toOfferingCreate,
  toOfferingUpdate,
} from './record-form';
import { RecordStatusChip } from './record-status';
import { RecordsApiService } from './records-api.service';
import {
  type SuggestionGroup,
  SuggestedTags,
  type TagChoice,
  type TagField,
} from './suggested-tags';
import { TagSuggestionsApiService } from './tag-suggestions-api.service';
import { provideTranslocoDatepickerIntl } from './transloco-datepicker-intl';

/** Suggestions are asked for once the title and description hold this many characters. */
export const SUGGESTION_MIN_LENGTH = 30;
/** …and the writer has paused this long (milliseconds). */
export const SUGGESTION_DEBOUNCE_MS = 400;

const TAG_FIELDS: readonly {
  field: TagField;
  vocabulary: Vocabulary;
  labelKey: string;
}[] = [
  {
    field: 'careAreas',
    vocabulary: 'careArea',
    labelKey: 'editing.fields.careAreas',
  },
  {
    field: 'targetGroups',
    vocabulary: 'targetGroup',
    labelKey: 'editing.fields.targetGroups',
  },
  {
    field: 'settings',
    vocabulary: 'setting',
    labelKey: 'editing.fields.settings',
  },
];

const CE_CLASS_KEYS: Readonly<Record<CeClass, string>> = {
  none: 'editing.ceClasses.none',
  I: 'editing.ceClasses.I',
  IIa: 'editing.ceClasses.IIa',
  IIb: 'editing.ceClasses.IIb',
  III: 'editing.ceClasses.III',
};

const EVIDENCE_KIND_KEYS: Readonly<Record<EvidenceKind, string>> = {
  study: 'editing.evidenceKinds.study',
  certification: 'editing.evidenceKinds.certification',
  pilot: 'editing.evidenceKinds.pilot',
  award: 'editing.evidenceKinds.award',
  other: 'editing.evidenceKinds.other',
};

const STATUS_TEXT_KEYS: Readonly<Record<RecordStatus, string>> = {
  draft: 'editing.status.draftText',
  published: 'editing.status.publishedText',
  archived: 'editing.status.archivedText',
};

/**
 * `/needs/new`, `/needs/:id/edit`, `/offerings/new`, `/offerings/:id/edit`: one editor for both
 * collections (the route's `collection` data), with the few fields of each. While the reader
 * writes, taxonomy tags are suggested from the title and description. An update sends the
 * `version` it read; when someone else saved in between (409) the editor offers to reload.
 */
@Component({
  selector: 'opi-record-editor',
  imports: [
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    RecordStatusChip,
    SuggestedTags,
  ],
  providers: [provideNativeDateAdapter(), provideTranslocoDatepickerIntl()],
  templateUrl: './record-editor.html',
  styleUrl: './record-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordEditor {
  /** Route data: which collection the page edits. */
  readonly collection = input.required<Collection>();
  /** Route parameter; absent on `/needs/new`. */
  readonly id = input<string>();
  /** `?organisation=<id>`: the organisation to write for (a new record only). */
  readonly organisation = input<string>();

  private readonly api = inject(RecordsApiService);
  private readonly suggestionsApi = inject(TagSuggestionsApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly dateAdapter = inject<DateAdapter<Date>>(DateAdapter);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly lang = inject(LanguageService).current;

  protected readonly fieldError = fieldError;
  protected readonly limits = LIMITS;
  protected readonly detect = DETECT_LANGUAGE;
  protected readonly form: RecordForm = recordForm(this.fb);

  protected readonly config = computed(() => COLLECTIONS[this.collection()]);
  protected readonly keys = computed(() => this.config().keys);

  /** The record being edited (nothing to load for a new one). */
  protected readonly record = rxResource({
    params: () => {
      const id = this.id();
      return id ? { collection: this.collection(), id } : undefined;
    },
    stream: ({ params }): Observable<MarketplaceItem> =>
      this.api.get(params.collection, params.id),
  });
  /** A new record: the reader's organisations, fresh from the API. */
  protected readonly me = rxResource({
    params: () => (this.id() ? undefined : true),
    stream: () => this.auth.refresh(),
  });
  /** The organisations the reader may write for in this collection. */
  protected readonly organisations = computed(() => {
    const kinds = this.config().kinds;
    return (this.me.hasValue() ? this.me.value().memberships : [])
      .filter((m) => kinds.includes(m.kind))
      .map((m) => ({ id: m.organisationId, name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name, this.lang()));
  });

  /** Status and version of the stored record; they change on archive without touching the form. */
  protected readonly stored = signal<{
    status: RecordStatus;
    version: number;
    title: string;
    organisation: string;
  } | null>(null);
  protected readonly submitting = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly conflict = signal(false);

  // Options, translated
  /** The three tag lists of the form, each a multiple select. */
  protected readonly tagFields = computed(() => {
    const lang = this.lang();
    return [
      {
        field: 'careAreas' as const,
        labelKey: 'editing.fields.careAreas',
        options: sortedOptions('careArea', CARE_AREAS, lang),
      },
      {
        field: 'targetGroups' as const,
        labelKey: 'editing.fields.targetGroups',
        options: sortedOptions('targetGroup', TARGET_GROUPS, lang),
      },
      {
        field: 'settings' as const,
        labelKey: 'editing.fields.settings',
        options: sortedOptions('setting', SETTINGS, lang),
      },
    ];
  });
  protected readonly trlOptions = computed(() =>
    TRL_LEVELS.map((level) => ({
      level,
      label: labelOf('trl', level, this.lang()),
    })),
  );
  protected readonly languageOptions = computed(() => {
    const names = languageNames(this.lang());
    return CONTENT_LANGUAGES.map((code) => ({ code, label: names(code) }));
  });
  protected readonly ceClasses = CE_CLASSES.map((code) => ({
    code,
    key: CE_CLASS_KEYS[code],
  }));
  protected readonly evidenceKinds = EVIDENCE_KINDS.map((code) => ({
    code,
    key: EVIDENCE_KIND_KEYS[code],
  }));
  protected readonly statusTextKeys = STATUS_TEXT_KEYS;

  // Form state as signals
  private readonly chosen = {
    careAreas: toSignal(this.form.controls.careAreas.valueChanges, {
      initialValue: [] as string[],
    }),
    targetGroups: toSignal(this.form.controls.targetGroups.valueChanges, {
      initialValue: [] as string[],
    }),
    settings: toSignal(this.form.controls.settings.valueChanges, {
      initialValue: [] as string[],
    }),
  };
  private readonly language = toSignal(
    this.form.controls.language.valueChanges,
    { initialValue: DETECT_LANGUAGE },
  );
  private readonly titleLength = toSignal(
    this.form.controls.title.valueChanges.pipe(map((v) => v.length)),
    { initialValue: 0 },
  );
  protected readonly titleCount = computed(
    () => `${this.titleLength()} / ${LIMITS.title}`,
  );

  // Tag suggestions
  private readonly suggestions = signal<TagSuggestions | null>(null);
  protected readonly announcement = signal<{
    key: string;
    params: Record<string, unknown>;
  } | null>(null);
  /** Suggested tags not chosen yet, by list. */
  protected readonly suggestedGroups = computed((): SuggestionGroup[] => {
    const suggestions = this.suggestions();
    if (!suggestions) {
      return [];
    }
    const lang = this.lang();
    return TAG_FIELDS.map(({ field, vocabulary, labelKey }) => {
      const chosen = this.chosen[field]();
      return {
        field,
        labelKey,
        tags: (suggestions[field] ?? [])
          .filter(
            (s) => isKnownCode(vocabulary, s.code) && !chosen.includes(s.code),
          )
          .map((s) => ({
            code: s.code,
            label: labelOf(vocabulary, s.code, lang),
            matched: s.matched.join(', '),
          })),
      };
    }).filter((group) => group.tags.length > 0);
  });
  /** Under "detect": the language the server found in the text. */
  protected readonly detectedLanguage = computed(() => {
    const detected = this.suggestions()?.language;
    return this.language() === DETECT_LANGUAGE && detected
      ? languageNames(this.lang())(detected)
      : '';
  });

  protected readonly loadErrorKey = computed(() =>
    apiProblem(this.record.error()).status === 404
      ? this.keys().notFound
      : this.keys().loadError,
  );
  protected readonly cancelLink = computed(() =>
    this.id()
      ? ['/', this.collection(), this.id()]
      : ['/my', this.collection()],
  );

  constructor() {
    effect(() => {
      const collection = this.collection();
      untracked(() => applyCollection(this.form, collection));
    });
    effect(() => {
      if (this.record.hasValue()) {
        const record = this.record.value();
        untracked(() => this.fill(record));
      }
    });
    // A new record: the organisation asked for in the address, or the only one there is.
    effect(() => {
      const options = this.organisations();
      const wanted = this.organisation();
      untracked(() => {
        const control = this.form.controls.organisationId;
        if (this.id() || control.value) {
          return;
        }
        const pick =
          options.find((o) => o.id === wanted) ??
          (options.length === 1 ? options[0] : undefined);
        if (pick) {
          control.setValue(pick.id);
        }
      });
    });
    effect(() => this.dateAdapter.setLocale(this.lang()));

    merge(
      this.form.controls.title.valueChanges,
      this.form.controls.description.valueChanges,
    )
      .pipe(
        map(() => this.suggestionText()),
        debounceTime(SUGGESTION_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((text) => {
          if (text.length < SUGGESTION_MIN_LENGTH) {
            return of(null);
          }
          const language = this.form.controls.language.value;
          return this.suggestionsApi
            .suggest(
              language === DETECT_LANGUAGE ? { text } : { text, language },
            )
            .pipe(catchError(() => of(null)));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => this.showSuggestions(answer));
  }

  protected addTag({ field, code }: TagChoice): void {
    const control = this.form.controls[field];
    if (!control.value.includes(code)) {
      control.setValue([...control.value, code]);
      control.markAsDirty();
    }
  }

  protected addAllTags(): void {
    for (const group of this.suggestedGroups()) {
      for (const tag of group.tags) {
        this.addTag({ field: group.field, code: tag.code });
      }
    }
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('#editor-tags-select-careAreas'),
    );
  }

  /** The last suggestion was taken: the focus goes to the list it went into. */
  protected focusTagList(field: TagField): void {
    this.host
      .querySelector<HTMLElement>(`#editor-tags-select-${field}`)
      ?.focus();
  }

  protected addAttachment(): void {
    addAttachment(this.form, this.fb);
    this.focusRow('attachment', this.form.controls.attachments.length - 1);
  }

  protected removeAttachment(index: number): void {
    this.form.controls.attachments.removeAt(index);
    this.form.markAsDirty();
    this.focusAfterRemoval('attachment', index);
  }

  protected addEvidence(): void {
    addEvidence(this.form, this.fb);
    this.focusRow('evidence', this.form.controls.evidence.length - 1);
  }

  protected removeEvidence(index: number): void {
    this.form.controls.evidence.removeAt(index);
    this.form.markAsDirty();
    this.focusAfterRemoval('evidence', index);
  }

  /** After a conflict: loads the saved version, replacing what was typed. */
  protected reload(): void {
    this.problem.set(null);
    this.record.reload();
  }

  /**
   * Saves the form. A new record is created as `status` (draft or published); an existing one
   * keeps its status unless `status` is given (publish, republish).
   */
  protected save(status?: RecordStatus): void {
    if (this.submitting()) {
      return;
    }
    this.problem.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusProblem();
      return;
    }
    const value = this.form.getRawValue();
    const collection = this.collection();
    const id = this.id();
    const stored = this.stored();
    let saved: Observable<MarketplaceItem>;
    if (id && stored) {
      saved =
        collection === 'needs'
          ? this.api.update(
              'needs',
              id,
              toNeedUpdate(value, stored.version, status),
            )
          : this.api.update(
              'offerings',
              id,
              toOfferingUpdate(value, stored.version, status),
            );
    } else {
      const newStatus = status ?? 'draft';
      saved =
        collection === 'needs'
          ? this.api.create('needs', toNeedCreate(value, newStatus))
          : this.api.create('offerings', toOfferingCreate(value, newStatus));
    }
    this.submitting.set(true);
    saved.subscribe({
      next: (record) => {
        this.submitting.set(false);
        this.form.markAsPristine();
        this.snackBar.open(
          this.transloco.translate(this.keys().saved, { title: record.title }),
          undefined,
          { duration: 5000 },
        );
        void this.router.navigate(['/', collection, record.id]);
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  /** Archives the record; what is typed in the form stays, to be saved on top. */
  protected archive(): void {
    const id = this.id();
    const stored = this.stored();
    if (!id || !stored || this.submitting()) {
      return;
    }
    this.problem.set(null);
    this.conflict.set(false);
    this.submitting.set(true);
    this.api
      .setStatus(this.collection(), id, 'archived', stored.version)
      .subscribe({
        next: (record) => {
          this.submitting.set(false);
          this.stored.set({
            ...stored,
            status: record.status,
            version: record.version,
          });
          this.snackBar.open(
            this.transloco.translate('editing.archived', {
              title: record.title,
            }),
            undefined,
            { duration: 5000 },
          );
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  /** Deletes the record once the reader confirms, then shows their list. */
  protected remove(): void {
    const id = this.id();
    const stored = this.stored();
    if (!id || !stored || this.submitting()) {
      return;
    }
    const collection = this.collection();
    const keys = this.keys();
    confirmWith(this.dialog, {
      title: keys.deleteTitle,
      text: keys.deleteText,
      confirm: 'editing.actions.delete',
      params: { title: stored.title },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.problem.set(null);
          this.submitting.set(true);
          return this.api.delete(collection, id);
        }),
      )
      .subscribe({
        next: () => {
          this.submitting.set(false);
          this.form.markAsPristine();
          this.snackBar.open(
            this.transloco.translate(keys.deleted, { title: stored.title }),
            undefined,
            { duration: 5000 },
          );
          void this.router.navigate(['/my', collection]);
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private failed(error: unknown): void {
    this.submitting.set(false);
    if (this.id() && apiProblem(error).status === 409) {
      this.conflict.set(true);
    } else {
      this.problem.set(
        formProblem(this.form, error, { 403: this.keys().forbidden }),
      );
    }
    this.focusProblem();
  }

  private fill(record: MarketplaceItem): void {
    fillForm(this.form, this.fb, this.collection(), record);
    this.stored.set({
      status: record.status,
      version: record.version,
      title: record.title,
      organisation: record.organisation.name,
    });
    this.conflict.set(false);
  }

  private suggestionText(): string {
    const { title, description } = this.form.controls;
    return `${title.value.trim()}\n${description.value.trim()}`.trim();
  }

  private showSuggestions(answer: TagSuggestions | null): void {
    this.suggestions.set(answer);
    const count = this.suggestedGroups().reduce(
      (sum, group) => sum + group.tags.length,
      0,
    );
    this.announcement.set(
      count > 0
        ? {
            key: pluralKey(
              {
                one: 'editing.suggestions.announce.one',
                other: 'editing.suggestions.announce.other',
              },
              count,
              this.lang(),
            ),
            params: { count },
          }
        : null,
    );
  }

  private focusRow(kind: 'attachment' | 'evidence', index: number): void {
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>(
        `#editor-${kind}-${index} input, #editor-${kind}-${index} mat-select`,
      ),
    );
  }

  private focusAfterRemoval(kind: 'attachment' | 'evidence', index: number) {
    focusAfterRender(this.injector, () => {
      const rows = this.host.querySelectorAll<HTMLElement>(
        `.editor__row--${kind}`,
      );
      const row = rows[Math.min(index, rows.length - 1)];
      return (
        row?.querySelector<HTMLElement>('input, mat-select') ??
        this.host.querySelector<HTMLElement>(`#editor-add-${kind}`)
      );
    });
  }

  private focusProblem(): void {
    focusFirstProblem(this.host, this.injector, () =>
      this.host.querySelector<HTMLElement>('.editor__conflict, opi-form-alert'),
    );
  }
}

function sortedOptions(
  vocabulary: Vocabulary,
  codes: readonly string[],
  lang: UiLanguage,
) {
  return codes
    .map((code) => ({ code, label: labelOf(vocabulary, code, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** Language names in the interface language ("Danish", "dansk" → "Dansk"), from the browser. */
function languageNames(lang: UiLanguage): (code: string) => string {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return (code) => {
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  };
}
