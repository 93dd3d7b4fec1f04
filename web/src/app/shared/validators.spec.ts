import { FormControl, FormGroup } from '@angular/forms';
import {
  countryCode,
  emailAddress,
  httpUrl,
  lines,
  sameValue,
  trimmedLength,
  vatNumber,
  wholeNumber,
} from './validators';

const check = (validator: (c: FormControl) => unknown, value: unknown) =>
  validator(new FormControl(value));

describe('validators (the API’s rules)', () => {
  it('accepts e-mail addresses with a domain', () => {
    expect(check(emailAddress, 'mette@aarhus.dk')).toBeNull();
    expect(check(emailAddress, 'a.b+c@sub.example.co.uk')).toBeNull();
    expect(check(emailAddress, 'mette@aarhus')).toEqual({ email: true });
    expect(check(emailAddress, 'mette aarhus.dk')).toEqual({ email: true });
    expect(check(emailAddress, '')).toBeNull();
  });

  it('wants a country as two capital letters', () => {
    expect(check(countryCode, 'DK')).toBeNull();
    expect(check(countryCode, 'dk')).toEqual({ countryCode: true });
    expect(check(countryCode, 'DNK')).toEqual({ countryCode: true });
    expect(check(countryCode, '')).toBeNull();
  });

  it('wants a full http(s) address', () => {
    expect(check(httpUrl, 'https://example.com/about')).toBeNull();
    expect(check(httpUrl, 'http://example.dk')).toBeNull();
    expect(check(httpUrl, 'example.com')).toEqual({ url: true });
    expect(check(httpUrl, 'ftp://example.com')).toEqual({ url: true });
    expect(check(httpUrl, 'https://localhost')).toEqual({ url: true });
    expect(check(httpUrl, null)).toBeNull();
  });

  it('wants a whole number within the API’s range', () => {
    const beds = wholeNumber(0, 100_000);
    expect(check(beds, 0)).toBeNull();
    expect(check(beds, 1000)).toBeNull();
    expect(check(beds, -3)).toEqual({ wholeNumber: { min: 0 } });
    expect(check(beds, 2.5)).toEqual({ wholeNumber: { min: 0 } });
    expect(check(beds, 100_001)).toEqual({ tooLarge: { max: 100_000 } });
    expect(check(beds, null)).toBeNull();
  });

  it('counts text as the API does, trimmed', () => {
    const name = trimmedLength(2, 5);
    expect(check(name, ' ab ')).toBeNull();
    expect(check(name, '  a  ')).toEqual({
      minlength: { requiredLength: 2, actualLength: 1 },
    });
    expect(check(name, 'abcdef')).toEqual({
      maxlength: { requiredLength: 5, actualLength: 6 },
    });
  });

  it('limits a list typed one per line, ignoring empty lines', () => {
    const list = lines(5, 2);
    expect(check(list, 'one\n\n  two  \n')).toBeNull();
    expect(check(list, 'one\ntwo\nthree')).toEqual({ lineCount: { max: 2 } });
    expect(check(list, 'one\nsixsix')).toEqual({ lineLength: { max: 5 } });
  });

  it('reads VAT and CVR numbers like the API', () => {
    expect(check(vatNumber, 'DK12345678')).toBeNull();
    expect(check(vatNumber, '12345678')).toBeNull();
    expect(check(vatNumber, 'NL123456789B01')).toBeNull();
    expect(check(vatNumber, 'DK1')).toEqual({ vatNumber: true });
    expect(check(vatNumber, 'DK#12345')).toEqual({ vatNumber: true });
    expect(check(vatNumber, 'dk12345678')).toEqual({ vatNumber: true });
  });

  it('marks a repeated password that differs, and clears the mark when it matches', () => {
    const form = new FormGroup(
      {
        password: new FormControl('first one!'),
        repeat: new FormControl('other one!'),
      },
      { validators: sameValue('password', 'repeat') },
    );
    expect(form.controls.repeat.errors).toEqual({ mismatch: true });

    form.controls.password.setValue('other one!');
    expect(form.controls.repeat.errors).toBeNull();
    expect(form.valid).toBe(true);
  });
});
