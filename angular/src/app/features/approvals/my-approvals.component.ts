import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiApprovalsRequestsBulkApprovePost } from '../../api/fn/approval-requests/api-approvals-requests-bulk-approve-post';
import { apiApprovalsRequestsGet } from '../../api/fn/approval-requests/api-approvals-requests-get';
import { ApprovalRequestDetailsDto } from '../../api/models/approval-request-details-dto';
import { ApprovalRequestDto } from '../../api/models/approval-request-dto';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TextKey, TranslateService } from '../../core/i18n/translate.service';
import { formatMoney } from '../../shared/format';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { BusinessTypePipe } from './business-types';
import { DecisionPanelComponent } from './decision-panel.component';
import { OwnRequestActionsComponent } from './own-request-actions.component';
import { StatusTagComponent } from './status-tag.component';

type View = 'waiting-for-me' | 'submitted-by-me' | 'decided-by-me';

/** "My approvals": what waits for me (decide right in the list, one thumb at 375 px), what I sent, what I decided. */
@Component({
  selector: 'app-my-approvals',
  imports: [RouterLink, FormsModule, NzButtonModule, NzInputModule, NzTagModule, TranslatePipe, BusinessTypePipe, DecisionPanelComponent, OwnRequestActionsComponent, StatusTagComponent],
  templateUrl: './my-approvals.component.html',
  styleUrls: ['../../shared/page.css', './my-approvals.component.css'],
})
export class MyApprovalsComponent {
  private readonly api = inject(Api);
  protected readonly translate = inject(TranslateService);
  protected readonly views: readonly { value: View; text: TextKey }[] = [
    { value: 'waiting-for-me', text: 'approvals.view.waiting' },
    { value: 'submitted-by-me', text: 'approvals.view.submitted' },
    { value: 'decided-by-me', text: 'approvals.view.decided' },
  ];
  protected readonly view = signal<View>('waiting-for-me');
  protected readonly items = signal<ApprovalRequestDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  /** Announces a withdrawal or resubmission (a live region). */
  protected readonly status = signal('');
  protected readonly money = formatMoney;
  protected readonly time = inject(TenantTimeService).format;
  /** Bulk approval: the waiting requests picked, one optional comment, and what went wrong per request. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly pending = computed(() => (this.items() ?? []).filter((r) => r.status === 'Pending'));
  protected readonly allSelected = computed(() => this.pending().length > 0 && this.pending().every((r) => this.selected().has(r.id)));
  protected readonly bulkBusy = signal(false);
  protected readonly bulkFailures = signal<string[]>([]);
  protected bulkComment = '';

  constructor() {
    void this.load();
  }

  protected select(view: View): void {
    this.view.set(view);
    void this.load();
  }

  protected toggle(id: string): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.pending().map((r) => r.id)));
  }

  /** Approves the picked requests; each one that could not be approved (e.g. decided meanwhile) is listed with the server's reason. */
  protected async approveSelected(): Promise<void> {
    const ids = [...this.selected()];
    if (ids.length === 0) return;
    this.bulkBusy.set(true);
    this.bulkFailures.set([]);
    try {
      const outcomes = await this.api.invoke(apiApprovalsRequestsBulkApprovePost, { body: { requestIds: ids, comment: this.bulkComment.trim() || null } });
      const titles = new Map((this.items() ?? []).map((r) => [r.id, r.title]));
      const failures = outcomes
        .filter((o) => !o.approved)
        .map((o) => this.translate.t('bulk.failed', { title: titles.get(o.requestId) ?? o.requestId, message: o.message ?? String(o.status) }));
      const approved = outcomes.filter((o) => o.approved).length;
      this.bulkComment = '';
      await this.load();
      this.bulkFailures.set(failures);
      this.status.set(this.translate.t('bulk.approved', { count: approved }));
    } catch (e) {
      this.bulkFailures.set([messageOf(e)]);
    } finally {
      this.bulkBusy.set(false);
    }
  }

  protected async load(): Promise<void> {
    this.items.set(null);
    this.selected.set(new Set());
    this.bulkFailures.set([]);
    this.status.set('');
    this.error.set(null);
    try {
      const page = await this.api.invoke(apiApprovalsRequestsGet, { view: this.view(), maxResultCount: 50 });
      this.items.set(page.items);
    } catch (e) {
      this.error.set(messageOf(e));
      this.items.set([]);
    }
  }

  protected async decided(): Promise<void> {
    await this.load();
    this.status.set(this.translate.t('decide.done'));
  }

  protected ownChanged(details: ApprovalRequestDetailsDto): void {
    const changed = details.request;
    this.items.update((list) => (list ?? []).map((r) => (r.id === changed.id ? changed : r)));
    this.status.set(this.translate.t(changed.status === 'Withdrawn' ? 'own.withdrawn' : 'own.resubmitted'));
  }
}
