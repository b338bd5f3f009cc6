import { Component, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { applyServerErrors, messageOf, problemOf } from '../../core/forms/server-errors';
import { touchAll } from '../../core/forms/touch-all';
import { formImports } from '../../shared/form-imports';
import { apiMembershipMembersIdGet } from './api/fn/membership/api-membership-members-id-get';
import { apiMembershipMembersIdPut } from './api/fn/membership/api-membership-members-id-put';
import { apiMembershipMembersPost } from './api/fn/membership/api-membership-members-post';
import { createMemberForm, memberKinds, patchMemberForm, toMemberBody } from './member-form';

/** Creates a member or edits one; field errors from the server sit next to their fields, a stale edit offers a reload. */
@Component({
  selector: 'app-member-form',
  imports: [...formImports, RouterLink, NzSelectModule],
  styleUrls: ['../../shared/page.css', './membership.css'],
  templateUrl: './member-form.component.html',
})
export class MemberFormComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id');
  protected readonly kinds = memberKinds;
  protected readonly form = createMemberForm(inject(FormBuilder));
  protected readonly loading = signal(!!this.id);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly stale = signal(false);
  protected readonly masked = signal(false);
  private stamp = '';
  private ownerId: string | null = null;

  constructor() {
    if (this.id) void this.load(this.id);
  }

  protected async reload(): Promise<void> {
    if (this.id) await this.load(this.id);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.stale.set(false);
    try {
      const body = toMemberBody(this.form, this.masked(), this.ownerId);
      const saved = this.id
        ? await this.api.invoke(apiMembershipMembersIdPut, { id: this.id, body: { ...body, concurrencyStamp: this.stamp } })
        : await this.api.invoke(apiMembershipMembersPost, { body });
      await this.router.navigate(['/membership', saved.id]);
    } catch (e) {
      if (problemOf(e)?.status === 409) this.stale.set(true);
      else this.error.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.stale.set(false);
    try {
      const member = await this.api.invoke(apiMembershipMembersIdGet, { id });
      patchMemberForm(this.form, member);
      this.masked.set(member.personalDataMasked);
      this.stamp = member.concurrencyStamp;
      this.ownerId = member.ownerId ?? null;
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.loading.set(false);
    }
  }
}
