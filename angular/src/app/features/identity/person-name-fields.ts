import { AbstractControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';

/** Family and given name: optional, and two of them with a space fit the stored name (the server's limit, 64). */
export const namePartMaxLength = 31;

/** Whether a family or given name is typed: then they make up the name, which may stay empty. */
export function hasNameParts(form: FormGroup): boolean {
  return ['familyName', 'givenName'].some((part) => String(form.get(part)?.value ?? '').trim() !== '');
}

/** The name is required unless a family or given name is typed (the server answers the same, 400 on `name`). */
export function nameUnlessParts(control: AbstractControl): ValidationErrors | null {
  const form = control.parent;
  if (!(form instanceof FormGroup) || hasNameParts(form)) return Validators.maxLength(64)(control);
  return String(control.value ?? '').trim() ? Validators.maxLength(64)(control) : { required: true };
}

/** Checks the name now (its validator needs the form) and whenever a part changes, so "required" comes and goes with them. */
export function revalidateNameWithParts(form: FormGroup): void {
  form.get('name')?.updateValueAndValidity({ emitEvent: false });
  for (const part of ['familyName', 'givenName']) {
    form.get(part)?.valueChanges.subscribe(() => form.get('name')?.updateValueAndValidity({ emitEvent: false }));
  }
}
