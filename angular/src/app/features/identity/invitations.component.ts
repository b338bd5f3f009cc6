import { Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiIdentityInvitationsGet } from '../../api/fn/invitations/api-identity-invitations-get';
import { apiIdentityInvitationsIdResendPost } from '../../api/fn/invitations/api-identity-invitations-id-resend-post';
import { apiIdentityInvitationsIdRevokePost } from '../../api/fn/invitations/api-identity-invitations-id-revoke-post';
import { apiIdentityInvitationsPost } from '../../api/fn/invitations/api-identity-invitations-post';
import { RoleDto } from '../../api/models/role-dto';
import { UserInvitationDto } from '../../api/models/user-invitation-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { touchAll } from '../../core/forms/touch-all';
import { TranslateService } from '../../core/i18n/translate.service';
import { personName } from '../../shared/people/person-name';
import { formImports } from '../../shared/form-imports';
import { namePartMaxLength } from './person-name-fields';

/** The users page's invitations: invite a colleague by e-mail, and resend or withdraw the pending invitations. */
@Component({
  selector: 'app-invitations',
  imports: [...formImports, NzSelectModule, NzTagModule],
  templateUrl: './invitations.component.html',
  styleUrl: '../../shared/page.css',
})
export class InvitationsComponent {
  private readonly translate = inject(TranslateService);
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  readonly roles = input<RoleDto[]>([]);
  protected readonly canInvite = computed(() => this.config.isGranted('Identity.Users.Create'));
  protected readonly invitations = signal<UserInvitationDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  /** "Sent to …" after an invitation or a resend. */
  protected readonly sent = signal<string | null>(null);
  protected readonly confirming = signal<UserInvitationDto | null>(null);
  protected readonly rowError = signal<{ id: string; text: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    familyName: ['', [Validators.required, Validators.maxLength(namePartMaxLength)]],
    givenName: ['', [Validators.required, Validators.maxLength(namePartMaxLength)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(256)]],
    roleNames: [['staff'] as string[]],
    culture: [this.translate.language() as string, Validators.required],
  });

  constructor() {
    if (this.canInvite()) void this.load();
  }

  protected displayName(invitation: UserInvitationDto): string {
    return personName(invitation, this.translate.language());
  }

  protected roleName(name: string): string {
    return this.roles().find((r) => r.name === name)?.displayName ?? name;
  }

  /** Reads the pending invitations again (after an import). */
  async load(): Promise<void> {
    try {
      this.invitations.set(await this.api.invoke(apiIdentityInvitationsGet));
    } catch (e) {
      this.error.set(messageOf(e));
      this.invitations.set([]);
    }
  }

  protected async invite(): Promise<void> {
    this.formError.set(null);
    this.sent.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const invitation = await this.api.invoke(apiIdentityInvitationsPost, { body: this.form.getRawValue() });
      this.invitations.update((list) => [invitation, ...(list ?? [])]);
      this.sent.set(invitation.email);
      this.form.reset();
    } catch (e) {
      this.formError.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async resend(invitation: UserInvitationDto): Promise<void> {
    this.confirming.set(null);
    this.rowError.set(null);
    this.sent.set(null);
    this.busy.set(true);
    try {
      const resent = await this.api.invoke(apiIdentityInvitationsIdResendPost, { id: invitation.id });
      this.invitations.update((list) => (list ?? []).map((i) => (i.id === resent.id ? resent : i)));
      this.sent.set(resent.email);
    } catch (e) {
      this.rowError.set({ id: invitation.id, text: messageOf(e) });
    } finally {
      this.busy.set(false);
    }
  }

  protected askRevoke(invitation: UserInvitationDto): void {
    this.rowError.set(null);
    this.sent.set(null);
    this.confirming.set(invitation);
  }

  protected async confirmRevoke(): Promise<void> {
    const invitation = this.confirming();
    if (!invitation) return;
    this.busy.set(true);
    try {
      await this.api.invoke(apiIdentityInvitationsIdRevokePost, { id: invitation.id });
      this.invitations.update((list) => (list ?? []).filter((i) => i.id !== invitation.id));
      this.confirming.set(null);
    } catch (e) {
      this.rowError.set({ id: invitation.id, text: messageOf(e) });
    } finally {
      this.busy.set(false);
    }
  }
}
