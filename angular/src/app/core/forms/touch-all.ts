import { FormArray, FormGroup } from '@angular/forms';

/**
 * Marks every control (nested too) touched and dirty and re-runs its validators, so that each required field shows
 * its error on submit: ng-zorro's form control redraws its error on a status change, which marking alone does not emit.
 */
export function touchAll(form: FormGroup | FormArray): void {
  form.markAllAsTouched();
  const visit = (group: FormGroup | FormArray) =>
    Object.values(group.controls).forEach((c) => {
      c.markAsDirty();
      c.updateValueAndValidity({ onlySelf: true });
      if (c instanceof FormGroup || c instanceof FormArray) visit(c);
    });
  visit(form);
}
