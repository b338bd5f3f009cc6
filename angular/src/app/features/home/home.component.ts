import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiApprovalsRequestsGet } from '../../api/fn/approval-requests/api-approvals-requests-get';
import { apiProcessesMyTasksGet } from '../../api/fn/processes/api-processes-my-tasks-get';
import { ApprovalRequestDto } from '../../api/models/approval-request-dto';
import { MyTaskDto } from '../../api/models/my-task-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { StatusTagComponent } from '../approvals/status-tag.component';
import { formatMoney } from '../../shared/format';
import { MyUnitBudgetComponent } from '../budgets/my-unit-budget.component';
import { RecentActivityComponent } from './recent-activity.component';
import { OnboardingChecklistComponent } from '../onboarding/onboarding-checklist.component';

/** Home: what waits for me (approvals, tasks) and my own requests; empty lists say what to do next. */
@Component({
  selector: 'app-home',
  imports: [RouterLink, TranslatePipe, StatusTagComponent, MyUnitBudgetComponent, RecentActivityComponent, OnboardingChecklistComponent],
  templateUrl: './home.component.html',
  styleUrls: ['../../shared/page.css', './home.component.css'],
})
export class HomeComponent {
  private readonly api = inject(Api);
  protected readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  protected readonly waiting = signal<ApprovalRequestDto[] | null>(null);
  protected readonly mine = signal<ApprovalRequestDto[] | null>(null);
  protected readonly tasks = signal<MyTaskDto[] | null>(null);
  protected readonly canSubmit = computed(() => this.config.isGranted('Approvals.Requests'));
  /** Budget figures need Budgets.Budgets, finding my unit needs the positions. */
  protected readonly canSeeBudget = computed(() => this.config.isGranted('Budgets.Budgets') && this.config.isGranted('OrgChart.Positions'));
  protected readonly isAdmin = computed(() => this.config.isGranted('OrgChart.Units.Manage'));
  /** The setup checklist is for those who manage the company's settings. */
  protected readonly canOnboard = computed(() => this.config.isGranted('Administration.Settings'));
  /** The cards wait for the checklist above them, which would otherwise push them down when it arrives. */
  protected readonly checklistSettled = signal(false);
  protected readonly money = formatMoney;

  constructor() {
    if (this.config.isHost()) return;
    const list = (view: string) => this.api.invoke(apiApprovalsRequestsGet, { view, maxResultCount: 5 }).then((p) => p.items, () => []);
    void list('waiting-for-me').then((items) => this.waiting.set(items));
    void list('submitted-by-me').then((items) => this.mine.set(items));
    void this.api.invoke(apiProcessesMyTasksGet).then((items) => this.tasks.set(items), () => this.tasks.set([]));
  }
}
