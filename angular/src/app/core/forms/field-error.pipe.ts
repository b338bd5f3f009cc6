import { Pipe, PipeTransform, inject } from '@angular/core';
import { ValidationErrors } from '@angular/forms';
import { TranslateService } from '../i18n/translate.service';

/** A control's errors as one line in the user's language; `server` is the API's own (already localized) text. */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    if (errors['server']) return String(errors['server']);
    if (errors['required']) return this.translate.t('validation.required');
    if (errors['email']) return this.translate.t('validation.email');
    if (errors['minlength']) return this.translate.t('validation.minLength', { length: errors['minlength'].requiredLength });
    if (errors['maxlength']) return this.translate.t('validation.maxLength', { length: errors['maxlength'].requiredLength });
    if (errors['min']) return this.translate.t('validation.min', { min: errors['min'].min });
    if (errors['mismatch']) return this.translate.t('resetPassword.mismatch');
    if (errors['pattern']) return this.translate.t('validation.pattern');
    return this.translate.t('validation.invalid');
  }
}
