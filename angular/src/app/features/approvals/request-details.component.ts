import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiApprovalsRequestsIdAttachmentsGet } from '../../api/fn/approval-requests/api-approvals-requests-id-attachments-get';
import { apiApprovalsRequestsIdGet } from '../../api/fn/approval-requests/api-approvals-requests-id-get';
import { BlobFileDto } from '../../api/models/blob-file-dto';
import { ApprovalRequestDetailsDto } from '../../api/models/approval-request-details-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { injectApprovalSubjectRoutes, subjectRouteOf } from '../../core/features/approval-subject-routes';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { formatMoney } from '../../shared/format';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { BusinessTypePipe } from './business-types';
import { DecisionPanelComponent } from './decision-panel.component';
import { OwnRequestActionsComponent } from './own-request-actions.component';
import { StatusTagComponent } from './status-tag.component';

@Component({
  selector: 'app-request-details',
  imports: [RouterLink, TranslatePipe, BusinessTypePipe, DecisionPanelComponent, OwnRequestActionsComponent, StatusTagComponent],
  templateUrl: './request-details.component.html',
  styleUrls: ['../../shared/page.css', './request-details.component.css'],
})
export class RequestDetailsComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  readonly id = input.required<string>();
  protected readonly details = signal<ApprovalRequestDetailsDto | null>(null);
  protected readonly attachments = signal<BlobFileDto[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly money = formatMoney;
  protected readonly Number = Number;
  protected readonly time = inject(TenantTimeService).format;
  protected readonly isMine = computed(() => {
    const details = this.details();
    return !!details && details.request.requesterUserId === this.config.config()?.currentUser.id;
  });
  private readonly subjectRoutes = injectApprovalSubjectRoutes();
  /** The page of what the request is about (an event, a process step), from the module that owns it; null: none. */
  protected readonly subjectRoute = computed(() => {
    const request = this.details()?.request;
    return request ? subjectRouteOf(this.subjectRoutes, request, (f) => this.config.isFeatureEnabled(f)) : null;
  });
  /** I can decide when I am a pending approver of the current stage. */
  protected readonly canDecide = computed(() => {
    const details = this.details();
    const me = this.config.config()?.currentUser.id;
    if (!details || details.request.status !== 'Pending') return false;
    const stage = details.stages.find((s) => Number(s.index) === Number(details.request.currentStageIndex));
    return !!stage?.approvers.some((a) => a.userId === me && a.state === 'Pending');
  });

  constructor() {
    queueMicrotask(() => void this.load());
  }

  /** Set once the reader decided here: the panel goes away, so the page says the decision was saved. */
  protected readonly decisionSaved = signal(false);

  protected onDecided(details: ApprovalRequestDetailsDto): void {
    this.details.set(details);
    this.decisionSaved.set(true);
  }

  protected async load(): Promise<void> {
    try {
      const [details, attachments] = await Promise.all([
        this.api.invoke(apiApprovalsRequestsIdGet, { id: this.id() }),
        this.api.invoke(apiApprovalsRequestsIdAttachmentsGet, { id: this.id() }).catch(() => [] as BlobFileDto[]),
      ]);
      this.details.set(details);
      this.attachments.set(attachments);
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected kb(size: number | string): string {
    return Math.max(1, Math.round(Number(size) / 1024)).toLocaleString();
  }
}
