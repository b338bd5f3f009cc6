import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiError, ApiProblem } from '../http/api-problem';

/** Business error codes that concern one field although the API sends them without field errors. */
export const fieldOfCode: Readonly<Record<string, string>> = {
  'MarketingSaaS:PasswordTooWeak': 'password',
  'MarketingSaaS:TenantSlugTaken': 'slug',
  'MarketingSaaS:EmailTaken': 'email',
  'MarketingSaaS:UserNameTaken': 'userName',
};

/**
 * Puts a ProblemDetails answer on the form: each field error as the control's `server` error (shown next
 * to the field), and returns the message that belongs to no field (shown above the form), or null.
 */
export function applyServerErrors(form: FormGroup, error: unknown): string | null {
  const problem = problemOf(error);
  if (!problem) return String(error);
  let unmatched: string[] = [];
  const entries = Object.entries(problem.errors);
  for (const [field, messages] of entries) {
    const control = findControl(form, field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
      control.markAsTouched();
    } else {
      unmatched = [...unmatched, ...messages];
    }
  }
  if (entries.length === 0) {
    const field = problem.code ? fieldOfCode[problem.code] : undefined;
    const control = field ? findControl(form, field) : null;
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: problem.title });
      control.markAsTouched();
      return null;
    }
    return problem.title;
  }
  return unmatched.length ? unmatched.join(' ') : null;
}

export function problemOf(error: unknown): ApiProblem | null {
  return error instanceof ApiError ? error.problem : null;
}

/** A message for any failed call: the ProblemDetails title or the error text. */
export function messageOf(error: unknown): string {
  return problemOf(error)?.title ?? String(error);
}

function findControl(form: FormGroup, field: string): AbstractControl | null {
  const direct = form.get(field);
  if (direct) return direct;
  const lower = field.toLowerCase();
  const name = Object.keys(form.controls).find((key) => key.toLowerCase() === lower);
  return name ? form.controls[name] : null;
}
