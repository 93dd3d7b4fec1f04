import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { aNeed, anOffering } from '../../testing/factories';
import {
  addAttachment,
  addEvidence,
  applyCollection,
  fillForm,
  fromIsoDate,
  recordForm,
  toIsoDate,
  toNeedCreate,
  toOfferingUpdate,
} from './record-form';

describe('record form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('asks for a title and a description that are more than white space', () => {
    const form = recordForm(fb());
    form.patchValue({ organisationId: 'o1', title: '   ', description: '' });

    expect(form.controls.title.hasError('required')).toBe(true);
    expect(form.controls.description.hasError('required')).toBe(true);

    form.patchValue({ title: 'ab', description: 'too short' });
    expect(form.controls.title.hasError('minlength')).toBe(true);
    expect(form.controls.description.hasError('minlength')).toBe(true);

    form.patchValue({
      title: 'x'.repeat(201),
      description: 'y'.repeat(10_001),
    });
    expect(form.controls.title.errors).toMatchObject({
      maxlength: { requiredLength: 200 },
    });
    expect(form.controls.description.errors).toMatchObject({
      maxlength: { requiredLength: 10_000 },
    });
  });

  it('wants a contact name once an e-mail address or phone is given, and a valid address', () => {
    const form = recordForm(fb());
    const contact = form.controls.contact;

    contact.patchValue({ email: 'mette@aarhus' });
    expect(contact.controls.name.errors).toEqual({ required: true });
    expect(contact.controls.email.errors).toEqual({ email: true });

    contact.patchValue({ name: 'Mette Hansen', email: 'mette@aarhus.dk' });
    expect(contact.valid).toBe(true);
  });

  it('checks link rows: a title and an http(s) address', () => {
    const form = recordForm(fb());
    addAttachment(form, fb());
    const row = form.controls.attachments.at(0);

    row.patchValue({
      title: 'Specification',
      url: 'ftp://files.example.com/spec',
    });
    expect(row.controls.url.errors).toEqual({ url: true });
    row.patchValue({ url: 'https://aarhus.dk/spec.pdf' });
    expect(row.valid).toBe(true);
  });

  it('leaves the other collection’s fields out of the validation', () => {
    const form = recordForm(fb());
    applyCollection(form, 'needs');
    addEvidence(form, fb()); // an empty evidence row would be invalid

    expect(form.controls.evidence.disabled).toBe(true);
    expect(form.controls.minTrl.enabled).toBe(true);

    applyCollection(form, 'offerings');
    expect(form.controls.evidence.enabled).toBe(true);
    expect(form.controls.evidence.valid).toBe(false);
    expect(form.controls.testSiteOffered.disabled).toBe(true);
  });

  it('writes a need as POST /api/needs takes it', () => {
    const form = recordForm(fb());
    applyCollection(form, 'needs');
    addAttachment(form, fb());
    form.patchValue({
      organisationId: 'o1',
      title: '  Night-time wandering ',
      description: 'Residents with dementia leave the building at night.',
      careAreas: ['dementia'],
      wantedStart: new Date(2026, 2, 1),
      testPeriodMonths: 6,
      budgetNote: ' ',
      contact: { name: 'Mette Hansen', email: 'mette@aarhus.dk', phone: '' },
      attachments: [{ title: 'Spec', url: 'https://aarhus.dk/spec.pdf' }],
      minTrl: 6,
      testSiteOffered: true,
    });

    expect(toNeedCreate(form.getRawValue(), 'draft')).toEqual({
      organisationId: 'o1',
      title: 'Night-time wandering',
      description: 'Residents with dementia leave the building at night.',
      careAreas: ['dementia'],
      targetGroups: [],
      settings: [],
      wantedStart: '2026-03-01',
      testPeriodMonths: 6,
      budgetNote: null,
      contact: { name: 'Mette Hansen', email: 'mette@aarhus.dk', phone: null },
      attachments: [{ title: 'Spec', url: 'https://aarhus.dk/spec.pdf' }],
      minTrl: 6,
      testSiteOffered: true,
      status: 'draft',
    });
  });

  it('fills the form from a stored offering and writes it back with the version', () => {
    const form = recordForm(fb());
    const offering = anOffering({
      organisation: {
        id: 'c1',
        name: 'CareSense',
        kind: 'company',
        country: 'DK',
      },
      title: 'Bed sensor',
      description: 'Detects when a resident leaves the bed.',
      language: 'da',
      trl: 7,
      ceClass: 'IIa',
      evidence: [{ kind: 'pilot', title: 'Pilot in Aarhus', url: null }],
      wantedStart: '2026-09-15',
      version: 4,
    });

    fillForm(form, fb(), 'offerings', offering);

    expect(form.controls.organisationId.disabled).toBe(true);
    expect(form.controls.evidence.length).toBe(1);
    expect(
      toOfferingUpdate(form.getRawValue(), offering.version, 'published'),
    ).toEqual({
      title: 'Bed sensor',
      description: 'Detects when a resident leaves the bed.',
      careAreas: ['telehealth'],
      targetGroups: [],
      settings: [],
      language: 'da',
      wantedStart: '2026-09-15',
      testPeriodMonths: null,
      budgetNote: null,
      contact: null,
      attachments: [],
      trl: 7,
      seekingTestSite: false,
      ceClass: 'IIa',
      evidence: [{ kind: 'pilot', title: 'Pilot in Aarhus', url: null }],
      status: 'published',
      version: 4,
    });
  });

  it('refills rows to the stored number', () => {
    const form = recordForm(fb());
    addAttachment(form, fb());
    addAttachment(form, fb());

    fillForm(form, fb(), 'needs', aNeed({ attachments: [] }));

    expect(form.controls.attachments.length).toBe(0);
  });

  it('reads and writes calendar days, whatever the time zone', () => {
    expect(toIsoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(new Date('not a date'))).toBeNull();
    expect(fromIsoDate('2026-01-05')).toEqual(new Date(2026, 0, 5));
    expect(fromIsoDate(null)).toBeNull();
  });
});
