import { Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { Api } from '../../api/api';
import { apiApprovalsRequestsIdApprovePost } from '../../api/fn/approval-requests/api-approvals-requests-id-approve-post';
import { apiApprovalsRequestsIdRejectPost } from '../../api/fn/approval-requests/api-approvals-requests-id-reject-post';
import { apiApprovalsRequestsIdReturnPost } from '../../api/fn/approval-requests/api-approvals-requests-id-return-post';
import { ApprovalRequestDetailsDto } from '../../api/models/approval-request-details-dto';
import { ApprovalRequestDto } from '../../api/models/approval-request-dto';
import { applyServerErrors } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';

export type Decision = 'approve' | 'reject' | 'return';

const calls = { approve: apiApprovalsRequestsIdApprovePost, reject: apiApprovalsRequestsIdRejectPost, return: apiApprovalsRequestsIdReturnPost };

/** Approve / reject / return with a comment; big buttons in one row that a thumb reaches at 375 px. */
@Component({
  selector: 'app-decision-panel',
  imports: [...formImports],
  template: `
    <form nz-form nzLayout="vertical" [formGroup]="form" class="panel">
      <nz-form-item>
        <nz-form-control [nzErrorTip]="form.controls.comment.errors | fieldError">
          <textarea nz-input formControlName="comment" rows="2" [attr.aria-label]="'approvals.comment' | t" [placeholder]="'approvals.commentHint' | t" data-testid="comment"></textarea>
        </nz-form-control>
      </nz-form-item>
      @if (error()) {
        <nz-alert nzType="error" [nzMessage]="error()!" role="alert" />
      }
      @if (confirmingReject()) {
        <p class="confirm" [id]="'reject-confirm-' + request().id" role="alert">{{ 'decide.rejectConfirm' | t }}</p>
        <div class="confirm-actions">
          <button nz-button nzDanger nzType="primary" type="button" (click)="decide('reject')" [nzLoading]="busy() === 'reject'" [attr.aria-describedby]="'reject-confirm-' + request().id" data-testid="reject-confirm">{{ 'decide.rejectYes' | t }}</button>
          <button nz-button type="button" (click)="confirmingReject.set(false)" [disabled]="busy() !== null">{{ 'common.cancel' | t }}</button>
        </div>
      } @else {
      <div class="actions">
        <button nz-button nzType="primary" type="button" (click)="decide('approve')" [nzLoading]="busy() === 'approve'" data-testid="approve">{{ 'approvals.approve' | t }}</button>
        <button nz-button type="button" (click)="decide('return')" [nzLoading]="busy() === 'return'" data-testid="return">{{ 'approvals.return' | t }}</button>
        <button nz-button nzDanger type="button" (click)="askReject()" data-testid="reject">{{ 'approvals.reject' | t }}</button>
      </div>
      }
    </form>
  `,
  styles: `
    .panel { margin-top: 8px; }
    .actions { display: grid; grid-template-columns: 2fr 1fr 1fr; gap: 8px; }
    .actions button, .confirm-actions button { min-height: 48px; }
    .confirm-actions { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    .confirm { margin: 0 0 8px; font-weight: 600; }
    nz-form-item { margin-bottom: 8px; }
  `,
})
export class DecisionPanelComponent {
  private readonly api = inject(Api);
  readonly request = input.required<ApprovalRequestDto>();
  readonly decided = output<ApprovalRequestDetailsDto>();
  protected readonly busy = signal<Decision | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({ comment: [''] });
  /** A rejection ends the request for good: it is confirmed in place first (no modal, within thumb reach). */
  protected readonly confirmingReject = signal(false);

  protected askReject(): void {
    this.error.set(null);
    this.confirmingReject.set(true);
  }

  protected async decide(decision: Decision): Promise<void> {
    this.error.set(null);
    this.busy.set(decision);
    try {
      const request = this.request();
      const comment = this.form.controls.comment.value.trim() || null;
      const result = await this.api.invoke(calls[decision], { id: request.id, body: { comment, concurrencyStamp: request.concurrencyStamp } });
      this.confirmingReject.set(false);
      this.decided.emit(result);
    } catch (e) {
      this.confirmingReject.set(false);
      this.error.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(null);
    }
  }
}
