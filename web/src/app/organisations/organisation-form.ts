import { type NonNullableFormBuilder, Validators } from '@angular/forms';
import type {
  CompanySizeBand,
  CreateOrganisationRequest,
  Organisation,
  OrganisationKind,
  OrganisationStatus,
  TestSiteOffer,
  UpdateOrganisationRequest,
} from '@opi/contracts';
import {
  countryCode,
  httpUrl,
  lines as linesOf,
  trimmedLength,
  vatNumber,
  wholeNumber,
} from '../shared/validators';

/**
 * The API's limits (api/src/organisations/dto/organisation-fields.ts), so the form refuses
 * what the API would.
 */
const LIMITS = {
  name: [2, 200],
  place: 120,
  description: 10_000,
  website: 300,
  expertise: [100, 50],
  products: [200, 50],
  longList: [200, 100],
  population: 100_000_000,
  beds: 100_000,
  capacity: 1_000_000,
  contact: 300,
  conditions: 2_000,
} as const;

/**
 * The organisation editor's form: one reactive form for all four kinds, whose kind-specific
 * controls are enabled only for the kind being edited (so hidden fields neither block the form
 * nor reach the API). Lists of free text (expertise, products, …) are edited one per line.
 */
export function organisationForm(fb: NonNullableFormBuilder) {
  return fb.group({
    kind: fb.control<OrganisationKind | null>(null, Validators.required),
    name: ['', [Validators.required, trimmedLength(...LIMITS.name)]],
    country: ['', [Validators.required, countryCode]],
    region: ['', trimmedLength(0, LIMITS.place)],
    description: ['', Validators.maxLength(LIMITS.description)],
    careAreas: fb.control<string[]>([]),
    status: fb.control<OrganisationStatus>('draft'),
    // company
    city: ['', trimmedLength(0, LIMITS.place)],
    website: ['', [httpUrl, Validators.maxLength(LIMITS.website)]],
    sizeBand: fb.control<CompanySizeBand | null>(null),
    vatNumber: ['', vatNumber],
    products: ['', linesOf(...LIMITS.products)],
    // company, knowledge institution
    expertise: ['', linesOf(...LIMITS.expertise)],
    // municipality
    population: fb.control<number | null>(
      null,
      wholeNumber(0, LIMITS.population),
    ),
    careSettings: fb.control<string[]>([]),
    // hospital
    departments: ['', linesOf(...LIMITS.longList)],
    beds: fb.control<number | null>(null, wholeNumber(0, LIMITS.beds)),
    // knowledge institution
    researchGroups: ['', linesOf(...LIMITS.longList)],
    evaluationServices: ['', linesOf(...LIMITS.longList)],
    // municipality, hospital
    testSite: fb.group({
      offered: [false],
      settings: fb.control<string[]>([]),
      capacity: fb.control<number | null>(
        null,
        wholeNumber(0, LIMITS.capacity),
      ),
      contact: ['', Validators.maxLength(LIMITS.contact)],
      conditions: ['', Validators.maxLength(LIMITS.conditions)],
    }),
  });
}

export type OrganisationForm = ReturnType<typeof organisationForm>;
export type OrganisationFormValue = ReturnType<OrganisationForm['getRawValue']>;
type KindField = Exclude<
  keyof OrganisationForm['controls'],
  | 'kind'
  | 'name'
  | 'country'
  | 'region'
  | 'description'
  | 'careAreas'
  | 'status'
>;

/** The fields each kind has beyond name, country, region, description, care areas and status. */
export const KIND_FIELDS: Readonly<
  Record<OrganisationKind, readonly KindField[]>
> = {
  company: [
    'city',
    'website',
    'sizeBand',
    'vatNumber',
    'expertise',
    'products',
  ],
  municipality: ['population', 'careSettings', 'testSite'],
  hospital: ['departments', 'beds', 'testSite'],
  knowledge_institution: ['expertise', 'researchGroups', 'evaluationServices'],
};

const ALL_KIND_FIELDS = [...new Set(Object.values(KIND_FIELDS).flat())];

/** Enables the controls of `kind` (none when no kind is chosen yet) and disables the others. */
export function applyKind(
  form: OrganisationForm,
  kind: OrganisationKind | null,
): void {
  const fields: readonly KindField[] = kind ? KIND_FIELDS[kind] : [];
  for (const field of ALL_KIND_FIELDS) {
    const control = form.controls[field];
    if (fields.includes(field)) {
      control.enable({ emitEvent: false });
    } else {
      control.disable({ emitEvent: false });
    }
  }
  applyTestSiteOffered(form);
  form.updateValueAndValidity();
}

/** The details of a test site count only when one is offered. */
export function applyTestSiteOffered(form: OrganisationForm): void {
  const testSite = form.controls.testSite;
  const details = [
    testSite.controls.settings,
    testSite.controls.capacity,
    testSite.controls.contact,
    testSite.controls.conditions,
  ];
  const active = testSite.enabled && testSite.controls.offered.value;
  for (const control of details) {
    if (active) {
      control.enable({ emitEvent: false });
    } else {
      control.disable({ emitEvent: false });
    }
  }
  testSite.updateValueAndValidity({ emitEvent: false });
}

/** The form's value for an organisation read from the API. */
export function toFormValue(org: Organisation): OrganisationFormValue {
  return {
    kind: org.kind,
    name: org.name,
    country: org.country,
    region: org.region ?? '',
    description: org.description ?? '',
    careAreas: [...(org.careAreas ?? [])],
    status: org.status,
    city: org.city ?? '',
    website: org.website ?? '',
    sizeBand: org.sizeBand ?? null,
    vatNumber: org.vatNumber ?? '',
    products: lines(org.products),
    expertise: lines(org.expertise),
    population: org.population ?? null,
    careSettings: [...(org.careSettings ?? [])],
    departments: lines(org.departments),
    beds: org.beds ?? null,
    researchGroups: lines(org.researchGroups),
    evaluationServices: lines(org.evaluationServices),
    testSite: {
      offered: org.testSite?.offered ?? false,
      settings: [...(org.testSite?.settings ?? [])],
      capacity: org.testSite?.capacity ?? null,
      contact: org.testSite?.contact ?? '',
      conditions: org.testSite?.conditions ?? '',
    },
  };
}

/** `POST /api/organisations`: the common fields and those of the kind, nothing else. */
export function toCreateRequest(
  kind: OrganisationKind,
  value: OrganisationFormValue,
): CreateOrganisationRequest {
  const request: CreateOrganisationRequest = {
    kind,
    name: value.name.trim(),
    country: value.country.trim().toUpperCase(),
    region: text(value.region),
    description: value.description.trim(),
    careAreas: [...value.careAreas],
  };
  if (value.status === 'draft' || value.status === 'published') {
    request.status = value.status;
  }
  for (const field of KIND_FIELDS[kind]) {
    Object.assign(request, kindField(field, value));
  }
  return request;
}

/** `PATCH /api/organisations/:id`: every editable field of the kind, and the version read. */
export function toUpdateRequest(
  kind: OrganisationKind,
  value: OrganisationFormValue,
  version: number,
): UpdateOrganisationRequest {
  const request: Partial<CreateOrganisationRequest> = toCreateRequest(
    kind,
    value,
  );
  delete request.kind; // a kind never changes
  return { ...request, version };
}

function kindField(
  field: KindField,
  value: OrganisationFormValue,
): Partial<CreateOrganisationRequest> {
  switch (field) {
    case 'city':
      return { city: text(value.city) };
    case 'website':
      return { website: text(value.website) };
    case 'sizeBand':
      return { sizeBand: value.sizeBand };
    case 'vatNumber':
      return { vatNumber: text(value.vatNumber)?.toUpperCase() ?? null };
    case 'products':
      return { products: list(value.products) };
    case 'expertise':
      return { expertise: list(value.expertise) };
    case 'population':
      return { population: count(value.population) };
    case 'careSettings':
      return { careSettings: [...value.careSettings] };
    case 'departments':
      return { departments: list(value.departments) };
    case 'beds':
      return { beds: count(value.beds) };
    case 'researchGroups':
      return { researchGroups: list(value.researchGroups) };
    case 'evaluationServices':
      return { evaluationServices: list(value.evaluationServices) };
    case 'testSite':
      return { testSite: testSite(value.testSite) };
  }
}

function testSite(value: OrganisationFormValue['testSite']): TestSiteOffer {
  return value.offered
    ? {
        offered: true,
        settings: [...value.settings],
        capacity: count(value.capacity),
        contact: text(value.contact),
        conditions: text(value.conditions),
      }
    : {
        offered: false,
        settings: [],
        capacity: null,
        contact: null,
        conditions: null,
      };
}

/** Trimmed text, or null for nothing. */
const text = (value: string): string | null => value.trim() || null;
/** One entry per non-empty line. */
const list = (value: string): string[] =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
const lines = (values: readonly string[] | null | undefined): string =>
  (values ?? []).join('\n');
const count = (value: number | null): number | null =>
  value === null || (value as unknown) === '' ? null : Number(value);
