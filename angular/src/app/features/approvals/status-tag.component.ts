import { Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ApprovalRequestStatus } from '../../api/models/approval-request-status';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

const colors: Record<ApprovalRequestStatus, string> = { Pending: 'blue', Approved: 'green', Rejected: 'red', Returned: 'orange', Withdrawn: 'default' };

@Component({
  selector: 'app-status-tag',
  imports: [NzTagModule, TranslatePipe],
  template: `<nz-tag [nzColor]="color()" data-testid="status">{{ 'status.' + status() | t }}</nz-tag>`,
})
export class StatusTagComponent {
  readonly status = input.required<ApprovalRequestStatus>();
  protected readonly color = computed(() => colors[this.status()]);
}
