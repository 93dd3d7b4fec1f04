import {
  type AbstractControl,
  type FormArray,
  type NonNullableFormBuilder,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type {
  Attachment,
  CeClass,
  Contact,
  Evidence,
  EvidenceKind,
  MarketplaceRecordInput,
  Need,
  NeedCreate,
  NeedUpdate,
  Offering,
  OfferingCreate,
  OfferingUpdate,
  RecordStatus,
} from '@opi/contracts';
import {
  emailAddress,
  httpUrl,
  trimmedLength,
  wholeNumber,
} from '../shared/validators';
import type { Collection, MarketplaceItem } from './collection';

/**
 * The API's limits for needs and offerings (api/src/marketplace/dto), so the form refuses what
 * the API would; kept in this one place.
 */
export const LIMITS = {
  titleMin: 3,
  title: 200,
  descriptionMin: 10,
  description: 10_000,
  budgetNote: 1_000,
  contactName: 200,
  contactNameMin: 2,
  email: 254,
  phone: 50,
  linkTitle: 200,
  url: 2_000,
  rows: 20,
  testPeriodMonths: [1, 60],
} as const;

/** The language select's value for "let the server detect the language of the text". */
export const DETECT_LANGUAGE = 'detect';

/** Text that must hold more than white space: "   " is as empty as "". */
export const requiredText: ValidatorFn = (control) =>
  String(control.value ?? '').trim() === '' ? { required: true } : null;

/**
 * A contact needs a name once an e-mail address or phone number is given: the group validator
 * puts `required` on the name (and takes it off again) while leaving its other errors alone.
 */
export const contactNamed: ValidatorFn = (
  group: AbstractControl,
): ValidationErrors | null => {
  const name = group.get('name');
  if (!name) {
    return null;
  }
  const email = String(group.get('email')?.value ?? '').trim();
  const phone = String(group.get('phone')?.value ?? '').trim();
  const errors: ValidationErrors = { ...name.errors };
  delete errors['required'];
  if ((email || phone) && String(name.value ?? '').trim() === '') {
    errors['required'] = true;
  }
  const next = Object.keys(errors).length ? errors : null;
  if (JSON.stringify(next) !== JSON.stringify(name.errors)) {
    name.setErrors(next);
  }
  return null;
};

function attachmentGroup(fb: NonNullableFormBuilder) {
  return fb.group({
    title: ['', [requiredText, trimmedLength(0, LIMITS.linkTitle)]],
    url: ['', [requiredText, httpUrl, Validators.maxLength(LIMITS.url)]],
  });
}

function evidenceGroup(fb: NonNullableFormBuilder) {
  return fb.group({
    kind: fb.control<EvidenceKind>('study', Validators.required),
    title: ['', [requiredText, trimmedLength(0, LIMITS.linkTitle)]],
    url: ['', [httpUrl, Validators.maxLength(LIMITS.url)]],
  });
}

/**
 * The editor's form, for needs and offerings alike. Control names are the API's field names, so
 * the API's 400 messages ("contact.email must be an email", "attachments.0.url must be a URL")
 * land on their field. The controls of the other collection are disabled (see `applyCollection`).
 */
export function recordForm(fb: NonNullableFormBuilder) {
  return fb.group({
    organisationId: fb.control<string | null>(null, Validators.required),
    title: ['', [requiredText, trimmedLength(LIMITS.titleMin, LIMITS.title)]],
    description: [
      '',
      [requiredText, trimmedLength(LIMITS.descriptionMin, LIMITS.description)],
    ],
    language: [DETECT_LANGUAGE],
    careAreas: fb.control<string[]>([]),
    targetGroups: fb.control<string[]>([]),
    settings: fb.control<string[]>([]),
    wantedStart: fb.control<Date | null>(null),
    testPeriodMonths: fb.control<number | null>(
      null,
      wholeNumber(...LIMITS.testPeriodMonths),
    ),
    budgetNote: ['', trimmedLength(0, LIMITS.budgetNote)],
    contact: fb.group(
      {
        name: ['', trimmedLength(LIMITS.contactNameMin, LIMITS.contactName)],
        email: ['', [emailAddress, Validators.maxLength(LIMITS.email)]],
        phone: ['', trimmedLength(0, LIMITS.phone)],
      },
      { validators: contactNamed },
    ),
    attachments: fb.array<ReturnType<typeof attachmentGroup>>([]),
    // needs
    minTrl: fb.control<number | null>(null),
    testSiteOffered: [false],
    // offerings
    trl: fb.control<number | null>(null),
    seekingTestSite: [false],
    ceClass: fb.control<CeClass | null>(null),
    evidence: fb.array<ReturnType<typeof evidenceGroup>>([]),
  });
}

export type RecordForm = ReturnType<typeof recordForm>;
export type RecordFormValue = ReturnType<RecordForm['getRawValue']>;
type CollectionField =
  | 'minTrl'
  | 'testSiteOffered'
  | 'trl'
  | 'seekingTestSite'
  | 'ceClass'
  | 'evidence';

/** The fields of each collection beyond those needs and offerings share. */
export const COLLECTION_FIELDS: Readonly<
  Record<Collection, readonly CollectionField[]>
> = {
  needs: ['minTrl', 'testSiteOffered'],
  offerings: ['trl', 'seekingTestSite', 'ceClass', 'evidence'],
};

/** Enables the controls of `collection` and disables the other's. */
export function applyCollection(
  form: RecordForm,
  collection: Collection,
): void {
  for (const [name, fields] of Object.entries(COLLECTION_FIELDS)) {
    for (const field of fields) {
      if (name === collection) {
        form.controls[field].enable({ emitEvent: false });
      } else {
        form.controls[field].disable({ emitEvent: false });
      }
    }
  }
  form.updateValueAndValidity({ emitEvent: false });
}

/** Adds an empty attachment row. */
export function addAttachment(
  form: RecordForm,
  fb: NonNullableFormBuilder,
): void {
  form.controls.attachments.push(attachmentGroup(fb));
}

/** Adds an empty evidence row (a study, until the reader picks another kind). */
export function addEvidence(
  form: RecordForm,
  fb: NonNullableFormBuilder,
): void {
  const row = evidenceGroup(fb);
  if (form.controls.evidence.disabled) {
    row.disable(); // a need's form: an enabled row would enable the list again
  }
  form.controls.evidence.push(row);
}

/** Fills the form with a stored record, rows included; the organisation cannot change. */
export function fillForm(
  form: RecordForm,
  fb: NonNullableFormBuilder,
  collection: Collection,
  record: MarketplaceItem,
): void {
  const value = toFormValue(record);
  resize(form.controls.attachments, value.attachments.length, () =>
    attachmentGroup(fb),
  );
  resize(form.controls.evidence, value.evidence.length, () =>
    evidenceGroup(fb),
  );
  form.reset(value);
  form.controls.organisationId.disable({ emitEvent: false });
  applyCollection(form, collection);
}

function resize<T extends AbstractControl>(
  rows: FormArray<T>,
  length: number,
  make: () => T,
): void {
  while (rows.length > length) {
    rows.removeAt(rows.length - 1, { emitEvent: false });
  }
  while (rows.length < length) {
    rows.push(make(), { emitEvent: false });
  }
}

/** The form's value for a record read from the API. */
export function toFormValue(record: MarketplaceItem): RecordFormValue {
  const need = 'minTrl' in record ? (record as Need) : null;
  const offering = 'trl' in record ? (record as Offering) : null;
  return {
    organisationId: record.organisation.id,
    title: record.title,
    description: record.description,
    language: record.language || DETECT_LANGUAGE,
    careAreas: [...record.careAreas],
    targetGroups: [...record.targetGroups],
    settings: [...record.settings],
    wantedStart: fromIsoDate(record.wantedStart),
    testPeriodMonths: record.testPeriodMonths ?? null,
    budgetNote: record.budgetNote ?? '',
    contact: {
      name: record.contact?.name ?? '',
      email: record.contact?.email ?? '',
      phone: record.contact?.phone ?? '',
    },
    attachments: (record.attachments ?? []).map((a) => ({
      title: a.title,
      url: a.url,
    })),
    minTrl: need?.minTrl ?? null,
    testSiteOffered: need?.testSiteOffered ?? false,
    trl: offering?.trl ?? null,
    seekingTestSite: offering?.seekingTestSite ?? false,
    ceClass: offering?.ceClass ?? null,
    evidence: (offering?.evidence ?? []).map((e) => ({
      kind: e.kind,
      title: e.title,
      url: e.url ?? '',
    })),
  };
}

/** The fields needs and offerings share, as the API takes them. */
function commonFields(value: RecordFormValue): MarketplaceRecordInput {
  const request: MarketplaceRecordInput = {
    title: value.title.trim(),
    description: value.description.trim(),
    careAreas: [...value.careAreas],
    targetGroups: [...value.targetGroups],
    settings: [...value.settings],
    wantedStart: toIsoDate(value.wantedStart),
    testPeriodMonths: count(value.testPeriodMonths),
    budgetNote: text(value.budgetNote),
    contact: contactOf(value.contact),
    attachments: value.attachments.map(
      (a): Attachment => ({ title: a.title.trim(), url: a.url.trim() }),
    ),
  };
  if (value.language && value.language !== DETECT_LANGUAGE) {
    request.language = value.language;
  }
  return request;
}

function needFields(value: RecordFormValue) {
  return {
    minTrl: count(value.minTrl),
    testSiteOffered: value.testSiteOffered,
  };
}

function offeringFields(value: RecordFormValue) {
  return {
    trl: count(value.trl),
    seekingTestSite: value.seekingTestSite,
    ceClass: value.ceClass,
    evidence: value.evidence.map(
      (e): Evidence => ({
        kind: e.kind,
        title: e.title.trim(),
        url: text(e.url),
      }),
    ),
  };
}

/** `POST /api/needs`. */
export function toNeedCreate(
  value: RecordFormValue,
  status: RecordStatus,
): NeedCreate {
  return {
    organisationId: value.organisationId ?? '',
    ...commonFields(value),
    ...needFields(value),
    status,
  };
}

/** `POST /api/offerings`. */
export function toOfferingCreate(
  value: RecordFormValue,
  status: RecordStatus,
): OfferingCreate {
  return {
    organisationId: value.organisationId ?? '',
    ...commonFields(value),
    ...offeringFields(value),
    status,
  };
}

/** `PATCH /api/needs/:id`: every editable field, the new status if it changes, and the version. */
export function toNeedUpdate(
  value: RecordFormValue,
  version: number,
  status?: RecordStatus,
): NeedUpdate {
  return {
    ...commonFields(value),
    ...needFields(value),
    ...(status ? { status } : {}),
    version,
  };
}

/** `PATCH /api/offerings/:id`. */
export function toOfferingUpdate(
  value: RecordFormValue,
  version: number,
  status?: RecordStatus,
): OfferingUpdate {
  return {
    ...commonFields(value),
    ...offeringFields(value),
    ...(status ? { status } : {}),
    version,
  };
}

/** The date picked, as the API's `YYYY-MM-DD` (the reader's calendar day, whatever the time zone). */
export function toIsoDate(date: Date | null): string | null {
  if (!date || Number.isNaN(date.getTime())) {
    return null;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` as a local date for the date picker. */
export function fromIsoDate(iso: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match
    ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : null;
}

function contactOf(value: RecordFormValue['contact']): Contact | null {
  const name = value.name.trim();
  return name
    ? { name, email: text(value.email), phone: text(value.phone) }
    : null;
}

/** Trimmed text, or null for nothing. */
const text = (value: string): string | null => value.trim() || null;
const count = (value: number | null): number | null =>
  value === null || (value as unknown) === '' ? null : Number(value);
