import { Component, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { applyServerErrors } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';
import { LanguageLinksComponent } from './language-links.component';
import { touchAll } from '../../core/forms/touch-all';

/** The company's URL name: lower-case letters, digits and inner hyphens (TenantConsts.SlugPattern). */
export const slugPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** "Acme Marketing Ltd." → "acme-marketing-ltd"; empty when the name has no latin letters or digits. */
export function suggestSlug(companyName: string): string {
  return companyName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

@Component({
  selector: 'app-sign-up',
  imports: [...formImports, RouterLink, LanguageLinksComponent],
  templateUrl: './sign-up.component.html',
  styleUrl: './account-page.css',
})
export class SignUpComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    companyName: ['', [Validators.required, Validators.maxLength(128)]],
    slug: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(40), Validators.pattern(slugPattern)]],
    adminName: ['', [Validators.required, Validators.maxLength(64)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  constructor() {
    this.form.controls.companyName.valueChanges.subscribe((name) => {
      const slug = this.form.controls.slug;
      if (!slug.dirty) slug.setValue(suggestSlug(name));
    });
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    const value = this.form.getRawValue();
    try {
      const result = await this.auth.signUp(value);
      await this.auth.signIn({ tenant: result.slug, userName: result.adminUserName, password: value.password });
      await this.router.navigateByUrl('/');
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
