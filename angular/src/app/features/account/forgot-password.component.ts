import { Component, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiAccountForgotPasswordPost } from '../../api/fn/account/api-account-forgot-password-post';
import { applyServerErrors } from '../../core/forms/server-errors';
import { TenantService } from '../../core/tenant/tenant.service';
import { formImports } from '../../shared/form-imports';
import { LanguageLinksComponent } from './language-links.component';
import { touchAll } from '../../core/forms/touch-all';

/** Asks for a reset mail. The answer is the same whether or not the account exists (no user enumeration). */
@Component({
  selector: 'app-forgot-password',
  imports: [...formImports, RouterLink, LanguageLinksComponent],
  templateUrl: './forgot-password.component.html',
  styleUrl: './account-page.css',
})
export class ForgotPasswordComponent {
  private readonly api = inject(Api);
  protected readonly tenants = inject(TenantService);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    tenant: [this.tenants.lastTenant(), Validators.required],
    userNameOrEmail: ['', [Validators.required, Validators.maxLength(256)]],
  });

  constructor() {
    if (this.tenants.fromHost() !== null) this.form.controls.tenant.disable();
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const { tenant, userNameOrEmail } = this.form.getRawValue();
      await this.api.invoke(apiAccountForgotPasswordPost, {
        body: { tenant: this.tenants.fromHost() === null ? tenant.trim() : null, userNameOrEmail: userNameOrEmail.trim() },
      });
      this.sent.set(true);
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
