import { FormControl, Validators } from '@angular/forms';
import { fieldError } from './field-error';

describe('fieldError', () => {
  it('names the first problem as a translation key with its parameters', () => {
    const control = new FormControl('abc', [
      Validators.required,
      Validators.minLength(10),
    ]);
    expect(fieldError(control)).toEqual({
      key: 'form.errors.minLength',
      params: { min: 10 },
    });

    control.setValue('');
    expect(fieldError(control)).toEqual({
      key: 'form.errors.required',
      params: {},
    });

    control.setErrors({ server: 'name must be shorter' });
    expect(fieldError(control)).toEqual({
      key: 'form.errors.server',
      params: { message: 'name must be shorter' },
    });

    control.setErrors({ message: 'auth.signup.emailTaken' });
    expect(fieldError(control)).toEqual({
      key: 'auth.signup.emailTaken',
      params: {},
    });
  });

  it('has nothing to say about a valid field', () => {
    expect(fieldError(new FormControl('ok'))).toBeNull();
    expect(fieldError(null)).toBeNull();
  });
});
