import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
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

  constructor() {
    void this.load();
  }

  protected select(view: View): void {
    this.view.set(view);
    void this.load();
  }

  protected async load(): Promise<void> {
    this.items.set(null);
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

  protected decided(): void {
    void this.load();
  }

  protected ownChanged(details: ApprovalRequestDetailsDto): void {
    const changed = details.request;
    this.items.update((list) => (list ?? []).map((r) => (r.id === changed.id ? changed : r)));
    this.status.set(this.translate.t(changed.status === 'Withdrawn' ? 'own.withdrawn' : 'own.resubmitted'));
  }
}
