import { Component, inject, input, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { applyServerErrors } from '../../core/forms/server-errors';
import { TenantService } from '../../core/tenant/tenant.service';
import { formImports } from '../../shared/form-imports';
import { LanguageLinksComponent } from './language-links.component';
import { touchAll } from '../../core/forms/touch-all';

@Component({
  selector: 'app-sign-in',
  imports: [...formImports, RouterLink, LanguageLinksComponent],
  templateUrl: './sign-in.component.html',
  styleUrl: './account-page.css',
})
export class SignInComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly tenants = inject(TenantService);
  readonly returnUrl = input<string>();
  /** Pre-filled after sign-up. */
  readonly tenant = input<string>();

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    tenant: [''],
    userName: ['', Validators.required],
    password: ['', Validators.required],
  });

  constructor() {
    queueMicrotask(() => this.form.patchValue({ tenant: this.tenant() ?? this.tenants.lastTenant() }));
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      await this.auth.signIn(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}

/** Only paths inside the portal: never an absolute URL given in the query string. */
export function safeReturnUrl(url: string | null | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/account') ? url : '/';
}
