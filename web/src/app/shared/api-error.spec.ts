import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { apiProblem, applyServerErrors, formProblem } from './api-error';

const answer = (status: number, message?: unknown) =>
  new HttpErrorResponse({
    status,
    error:
      message === undefined
        ? null
        : { statusCode: status, message, error: 'x' },
  });

describe('API errors', () => {
  it('reads the status and the message, one or many', () => {
    expect(
      apiProblem(
        answer(400, ['name should not be empty', 'country must be …']),
      ),
    ).toEqual({
      status: 400,
      messages: ['name should not be empty', 'country must be …'],
    });
    expect(apiProblem(answer(401, 'Wrong e-mail or password'))).toEqual({
      status: 401,
      messages: ['Wrong e-mail or password'],
    });
    expect(apiProblem(answer(0))).toEqual({ status: 0, messages: [] });
    expect(apiProblem(new Error('boom'))).toEqual({ status: -1, messages: [] });
  });

  it('puts each message on the field it names, nested and list fields too', () => {
    const form = TestBed.inject(NonNullableFormBuilder).group({
      email: [''],
      careAreas: [[] as string[]],
      testSite: TestBed.inject(NonNullableFormBuilder).group({ capacity: [0] }),
    });

    const left = applyServerErrors(form, [
      'email must be an email',
      'testSite.capacity must be a positive number',
      'careAreas.1 must be a known care area',
      'each value in careAreas must be one of …',
      'property nickname should not exist',
    ]);

    expect(form.controls.email.errors).toEqual({
      server: 'email must be an email',
    });
    expect(form.controls.testSite.controls.capacity.errors).toEqual({
      server: 'testSite.capacity must be a positive number',
    });
    expect(form.controls.careAreas.errors).toEqual({
      server: 'each value in careAreas must be one of …',
    });
    expect(form.controls.email.touched).toBe(true);
    expect(left).toEqual(['property nickname should not exist']);
  });

  it('leaves no form-level problem when every message found its field', () => {
    const form = TestBed.inject(NonNullableFormBuilder).group({ name: [''] });

    expect(
      formProblem(form, answer(400, ['name should not be empty'])),
    ).toBeNull();
    expect(formProblem(form, answer(429, 'Too Many Requests'))).toEqual({
      key: 'errors.tooManyRequests',
      details: [],
    });
    expect(
      formProblem(form, answer(401, 'Wrong e-mail or password'), {
        401: 'auth.login.wrongCredentials',
      }),
    ).toEqual({ key: 'auth.login.wrongCredentials', details: [] });
    expect(formProblem(form, answer(500))).toEqual({
      key: 'errors.unexpected',
      details: [],
    });
  });
});
