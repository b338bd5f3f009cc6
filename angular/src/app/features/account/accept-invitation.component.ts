import { Location } from '@angular/common';
import { Component, OnInit, inject, input, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiAccountInvitationAcceptPost } from '../../api/fn/account/api-account-invitation-accept-post';
import { apiAccountInvitationGet } from '../../api/fn/account/api-account-invitation-get';
import { InvitationPreviewDto } from '../../api/models/invitation-preview-dto';
import { AuthService } from '../../core/auth/auth.service';
import { applyServerErrors, messageOf, problemOf } from '../../core/forms/server-errors';
import { touchAll } from '../../core/forms/touch-all';
import { formImports } from '../../shared/form-imports';
import { LanguageLinksComponent } from './language-links.component';
import { samePassword } from './reset-password.component';

/** The server's InvitationLinks.PortalPath: the e-mailed link is this path with ?tenant=…&token=…. */
export const acceptInvitationPath = '/account/accept-invitation';

/**
 * The invitee's page: shows the invitation, lets them choose a user name (the suggestion prefilled) and a password,
 * then signs them in and goes home. Expired, withdrawn or used links show the server's message; an unknown one "not
 * valid". Like the reset page, the token leaves the address bar once read.
 */
@Component({
  selector: 'app-accept-invitation',
  imports: [...formImports, RouterLink, LanguageLinksComponent],
  templateUrl: './accept-invitation.component.html',
  styleUrl: './account-page.css',
})
export class AcceptInvitationComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  readonly tenant = input<string>();
  readonly token = input<string>();

  protected readonly preview = signal<InvitationPreviewDto | null>(null);
  /** The link cannot be used: the server's message (expired, withdrawn, used) or null for "not valid". */
  protected readonly unusable = signal<{ message: string | null } | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    userName: ['', [Validators.required, Validators.maxLength(64)]],
    password: ['', [Validators.required, Validators.maxLength(128)]],
    confirm: ['', [Validators.required, samePassword]],
  });

  constructor() {
    this.form.controls.password.valueChanges.subscribe(() => this.form.controls.confirm.updateValueAndValidity({ emitEvent: false }));
  }

  ngOnInit(): void {
    const tenant = this.tenant();
    const token = this.token();
    if (!tenant || !token) {
      this.unusable.set({ message: null });
      return;
    }
    this.location.replaceState(acceptInvitationPath, `tenant=${encodeURIComponent(tenant)}`);
    void this.open(tenant, token);
  }

  private async open(tenant: string, token: string): Promise<void> {
    try {
      const preview = await this.api.invoke(apiAccountInvitationGet, { tenant, token });
      this.form.patchValue({ userName: preview.suggestedUserName });
      this.preview.set(preview);
    } catch (e) {
      // 404: unknown, replaced or another company's token; otherwise the server's reason (expired, withdrawn, used, too many attempts).
      this.unusable.set({ message: problemOf(e)?.status === 404 ? null : messageOf(e) });
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
      const { userName, password } = this.form.getRawValue();
      const accepted = await this.api.invoke(apiAccountInvitationAcceptPost, {
        body: { tenant: this.tenant()!, token: this.token()!, userName: userName.trim(), password },
      });
      await this.auth.signIn({ tenant: this.tenant()!, userName: accepted.userName, password });
      await this.router.navigateByUrl('/');
    } catch (e) {
      const status = problemOf(e)?.status;
      if (status === 404 || (status === 422 && problemOf(e)?.code?.startsWith('MarketingSaaS:Invitation'))) {
        this.unusable.set({ message: status === 422 ? messageOf(e) : null });
      } else {
        this.error.set(applyServerErrors(this.form, e));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
