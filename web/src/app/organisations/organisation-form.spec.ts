import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { anOrganisationProfile } from '../../testing/factories';
import {
  applyKind,
  organisationForm,
  toCreateRequest,
  toFormValue,
  toUpdateRequest,
} from './organisation-form';

describe('organisation form', () => {
  const newForm = () =>
    organisationForm(TestBed.inject(NonNullableFormBuilder));

  it('makes a request of a company with its own fields only, lists split by line', () => {
    const form = newForm();
    form.patchValue({
      kind: 'company',
      name: '  Sundhedsteknik ApS ',
      country: 'DK',
      region: '',
      city: 'Odense',
      description: 'Sensors for nursing homes.',
      careAreas: ['dementia'],
      website: 'https://sundhedsteknik.dk',
      sizeBand: '10-49',
      vatNumber: 'DK12345678',
      expertise: 'Sensors\n\n  Machine learning  \n',
      products: 'NightWatch',
      population: 12, // typed before switching kind: not the company's
      status: 'published',
    });

    expect(toCreateRequest('company', form.getRawValue())).toEqual({
      kind: 'company',
      name: 'Sundhedsteknik ApS',
      country: 'DK',
      region: null,
      description: 'Sensors for nursing homes.',
      careAreas: ['dementia'],
      status: 'published',
      city: 'Odense',
      website: 'https://sundhedsteknik.dk',
      sizeBand: '10-49',
      vatNumber: 'DK12345678',
      expertise: ['Sensors', 'Machine learning'],
      products: ['NightWatch'],
    });
  });

  it('sends a municipality’s test-site offer, and an empty one when none is offered', () => {
    const form = newForm();
    form.patchValue({
      kind: 'municipality',
      name: 'Aarhus Kommune',
      country: 'DK',
      population: 367000,
      careSettings: ['home-care', 'nursing-home'],
      testSite: {
        offered: true,
        settings: ['nursing-home'],
        capacity: 40,
        contact: 'innovation@aarhus.dk',
        conditions: '',
      },
    });

    const offered = toCreateRequest('municipality', form.getRawValue());
    expect(offered).toMatchObject({
      population: 367000,
      careSettings: ['home-care', 'nursing-home'],
      testSite: {
        offered: true,
        settings: ['nursing-home'],
        capacity: 40,
        contact: 'innovation@aarhus.dk',
        conditions: null,
      },
    });
    expect(offered).not.toHaveProperty('website');

    form.controls.testSite.controls.offered.setValue(false);
    expect(
      toCreateRequest('municipality', form.getRawValue()).testSite,
    ).toEqual({
      offered: false,
      settings: [],
      capacity: null,
      contact: null,
      conditions: null,
    });
  });

  it('updates without the kind, with the version read', () => {
    const org = anOrganisationProfile({
      kind: 'hospital',
      name: 'Odense Universitetshospital',
      departments: ['Geriatrics', 'Cardiology'],
      beds: 1000,
      version: 7,
    });

    const request = toUpdateRequest('hospital', toFormValue(org), org.version);

    expect(request).not.toHaveProperty('kind');
    expect(request).toMatchObject({
      name: 'Odense Universitetshospital',
      departments: ['Geriatrics', 'Cardiology'],
      beds: 1000,
      version: 7,
    });
  });

  it('fills the form from an organisation and gets the same organisation back', () => {
    const org = anOrganisationProfile({
      kind: 'knowledge_institution',
      name: 'VIA University College',
      country: 'DK',
      region: 'Midtjylland',
      description: 'Applied research.',
      careAreas: ['rehabilitation'],
      expertise: ['Evaluation'],
      researchGroups: ['Health and welfare technology'],
      evaluationServices: ['Usability studies', 'Effect studies'],
      status: 'draft',
    });

    expect(toCreateRequest('knowledge_institution', toFormValue(org))).toEqual({
      kind: 'knowledge_institution',
      name: 'VIA University College',
      country: 'DK',
      region: 'Midtjylland',
      description: 'Applied research.',
      careAreas: ['rehabilitation'],
      status: 'draft',
      expertise: ['Evaluation'],
      researchGroups: ['Health and welfare technology'],
      evaluationServices: ['Usability studies', 'Effect studies'],
    });
  });

  it('checks only the fields of the chosen kind', () => {
    const form = newForm();
    form.patchValue({
      name: 'Aarhus Kommune',
      country: 'DK',
      website: 'not a url',
      beds: 0,
    });

    applyKind(form, 'company');
    expect(form.controls.website.invalid).toBe(true);

    form.controls.kind.setValue('municipality');
    applyKind(form, 'municipality');
    expect(form.valid).toBe(true);
    expect(form.controls.website.disabled).toBe(true);
    expect(form.controls.testSite.controls.capacity.disabled).toBe(true);

    form.controls.testSite.controls.offered.setValue(true);
    applyKind(form, 'municipality');
    expect(form.controls.testSite.controls.capacity.enabled).toBe(true);
  });
});
