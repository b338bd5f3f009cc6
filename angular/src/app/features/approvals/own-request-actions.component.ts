import { Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { apiApprovalsRequestsIdRemindPost } from '../../api/fn/approval-requests/api-approvals-requests-id-remind-post';
import { apiApprovalsRequestsIdResubmitPost } from '../../api/fn/approval-requests/api-approvals-requests-id-resubmit-post';
import { apiApprovalsRequestsIdWithdrawPost } from '../../api/fn/approval-requests/api-approvals-requests-id-withdraw-post';
import { ApprovalRequestDetailsDto } from '../../api/models/approval-request-details-dto';
import { ApprovalRequestDto } from '../../api/models/approval-request-dto';
import { RiskTier } from '../../api/models/risk-tier';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';
import { riskTiers } from './business-types';
import { touchAll } from '../../core/forms/touch-all';

type Mode = 'idle' | 'confirm-withdraw' | 'resubmit';

/**
 * The requester's own actions on a request: withdraw a pending one (after a confirmation; the server refuses with
 * 422 once an approver decided) and revise and resubmit a returned one. Full-width 48 px buttons for one thumb.
 */
@Component({
  selector: 'app-own-request-actions',
  imports: [...formImports, NzSelectModule, NzInputNumberModule, NzCheckboxModule],
  templateUrl: './own-request-actions.component.html',
  styleUrl: './own-request-actions.component.css',
})
export class OwnRequestActionsComponent {
  private readonly api = inject(Api);
  readonly request = input.required<ApprovalRequestDto>();
  readonly changed = output<ApprovalRequestDetailsDto>();
  protected readonly riskTiers = riskTiers;
  protected readonly mode = signal<Mode>('idle');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly canWithdraw = computed(() => this.request().status === 'Pending');
  /** "Reminder sent to …" after a 催办; the server refuses a second one the same day (its message is shown). */
  protected readonly reminded = signal<string | null>(null);
  protected readonly canResubmit = computed(() => this.request().status === 'Returned');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    amount: [0, [Validators.required, Validators.min(0)]],
    currency: ['', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    riskTier: ['Tactical' as RiskTier, Validators.required],
    isSpecial: [false],
  });

  protected show(mode: Mode): void {
    this.error.set(null);
    if (mode === 'resubmit') {
      const r = this.request();
      this.form.reset({ title: r.title, amount: Number(r.amount), currency: r.currency, riskTier: r.riskTier ?? 'Tactical', isSpecial: r.isSpecial });
    }
    this.mode.set(mode);
  }

  protected async withdraw(): Promise<void> {
    await this.run(async () => {
      const r = this.request();
      return this.api.invoke(apiApprovalsRequestsIdWithdrawPost, { id: r.id, body: { concurrencyStamp: r.concurrencyStamp } });
    }, (e) => messageOf(e));
  }

  protected async remind(): Promise<void> {
    this.error.set(null);
    this.reminded.set(null);
    this.busy.set(true);
    try {
      const result = await this.api.invoke(apiApprovalsRequestsIdRemindPost, { id: this.request().id });
      this.reminded.set(result.approverNames.join(', '));
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async resubmit(): Promise<void> {
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    const value = this.form.getRawValue();
    const r = this.request();
    await this.run(
      () =>
        this.api.invoke(apiApprovalsRequestsIdResubmitPost, {
          id: r.id,
          body: { ...value, currency: value.currency.toUpperCase(), requesterUnitId: r.requesterUnitId, description: r.description ?? null, budgetCategory: r.budget?.category ?? null, budgetUnitId: r.budget?.organizationUnitId ?? null },
        }),
      (e) => applyServerErrors(this.form, e),
    );
  }

  private async run(call: () => Promise<ApprovalRequestDetailsDto>, onError: (e: unknown) => string | null): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      const details = await call();
      this.mode.set('idle');
      this.changed.emit(details);
    } catch (e) {
      this.error.set(onError(e));
    } finally {
      this.busy.set(false);
    }
  }
}
