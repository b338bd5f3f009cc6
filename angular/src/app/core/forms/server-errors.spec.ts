import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError, camelCase, toApiProblem } from '../http/api-problem';
import { applyServerErrors } from './server-errors';

function form() {
  return new FormGroup({
    slug: new FormControl('acme', Validators.required),
    email: new FormControl('a@b.c'),
    password: new FormControl('x'),
  });
}

describe('ProblemDetails on forms', () => {
  it('reads RFC 7807 answers, field names in camelCase', () => {
    const problem = toApiProblem(400, { title: 'Invalid', code: 'Framework:ValidationFailed', errors: { Email: ['Bad e-mail'], 'Rules[0].MinAmount': ['Too low'] } }, 'fallback');
    expect(problem).toEqual({ status: 400, title: 'Invalid', code: 'Framework:ValidationFailed', errors: { email: ['Bad e-mail'], 'rules[0].minAmount': ['Too low'] } });
    expect(toApiProblem(500, 'not json', 'fallback').title).toBe('fallback');
    expect(camelCase('Stages.Approvers')).toBe('stages.approvers');
  });

  it('shows field errors next to their fields and returns what belongs to none', () => {
    const f = form();
    const message = applyServerErrors(f, new ApiError(toApiProblem(400, { title: 'Invalid', errors: { Email: ['Bad e-mail'], other: ['Elsewhere'] } }, '')));
    expect(f.controls.email.errors).toEqual({ server: 'Bad e-mail' });
    expect(f.controls.email.touched).toBe(true);
    expect(message).toBe('Elsewhere');
  });

  it('puts known business codes on their field', () => {
    const f = form();
    const message = applyServerErrors(f, new ApiError(toApiProblem(422, { title: 'Taken', code: 'MarketingSaaS:TenantSlugTaken' }, '')));
    expect(message).toBeNull();
    expect(f.controls.slug.errors).toEqual({ server: 'Taken' });
  });

  it('returns the title of other errors for the form', () => {
    const f = form();
    expect(applyServerErrors(f, new ApiError(toApiProblem(401, { title: 'Wrong password', code: 'MarketingSaaS:InvalidSignIn' }, '')))).toBe('Wrong password');
    expect(f.valid).toBe(true);
  });

  it('lets the user clear a server error by editing the field', () => {
    const f = form();
    applyServerErrors(f, new ApiError(toApiProblem(400, { errors: { email: ['Bad'] } }, '')));
    expect(f.valid).toBe(false);
    f.controls.email.setValue('new@b.c');
    expect(f.valid).toBe(true);
  });
});
