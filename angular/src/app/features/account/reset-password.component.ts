import { Location } from '@angular/common';
import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiAccountResetPasswordPost } from '../../api/fn/account/api-account-reset-password-post';
import { applyServerErrors } from '../../core/forms/server-errors';
import { TenantService } from '../../core/tenant/tenant.service';
import { formImports } from '../../shared/form-imports';
import { LanguageLinksComponent } from './language-links.component';
import { touchAll } from '../../core/forms/touch-all';

export const resetPasswordPath = '/account/reset-password';

/** The repeated password must equal the password control of the same form. */
export function samePassword(confirm: AbstractControl): ValidationErrors | null {
  const password = confirm.parent?.get('password')?.value;
  return confirm.value && confirm.value !== password ? { mismatch: true } : null;
}

/**
 * Opened from the e-mailed link: ?tenant=…&userId=…&token=…; a used, expired or changed link answers with an error above
 * the form. Once read, the token leaves the address bar (history, screenshots, shoulder-surfing); the page keeps it.
 */
@Component({
  selector: 'app-reset-password',
  imports: [...formImports, RouterLink, LanguageLinksComponent],
  templateUrl: './reset-password.component.html',
  styleUrl: './account-page.css',
})
export class ResetPasswordComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly tenants = inject(TenantService);
  private readonly location = inject(Location);
  readonly tenant = input<string>();
  readonly userId = input<string>();
  readonly token = input<string>();

  protected readonly complete = computed(() => !!this.userId() && !!this.token());
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.maxLength(128)]],
    confirm: ['', [Validators.required, samePassword]],
  });

  constructor() {
    this.form.controls.password.valueChanges.subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  ngOnInit(): void {
    if (this.token()) {
      this.location.replaceState(resetPasswordPath, this.tenant() ? `tenant=${encodeURIComponent(this.tenant()!)}` : '');
    }
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      await this.api.invoke(apiAccountResetPasswordPost, {
        body: { tenant: this.tenant() || null, userId: this.userId()!, token: this.token()!, newPassword: this.form.getRawValue().password },
      });
      if (this.tenant()) this.tenants.remember(this.tenant()!);
      this.done.set(true);
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
