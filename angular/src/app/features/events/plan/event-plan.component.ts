import { A11yModule } from '@angular/cdk/a11y';
import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, FormsModule, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../../api/api';
import { apiEventsIdMilestonesGet } from '../api/fn/events/api-events-id-milestones-get';
import { apiEventsIdMilestonesMilestoneIdDelete } from '../api/fn/events/api-events-id-milestones-milestone-id-delete';
import { apiEventsIdMilestonesPost } from '../api/fn/events/api-events-id-milestones-post';
import { apiEventsIdRisksGet } from '../api/fn/events/api-events-id-risks-get';
import { apiEventsIdRisksPost } from '../api/fn/events/api-events-id-risks-post';
import { apiEventsIdRisksRiskIdDelete } from '../api/fn/events/api-events-id-risks-risk-id-delete';
import { apiEventsIdRisksRiskIdPut } from '../api/fn/events/api-events-id-risks-risk-id-put';
import { apiEventsIdTasksGet } from '../api/fn/events/api-events-id-tasks-get';
import { apiEventsIdTasksPost } from '../api/fn/events/api-events-id-tasks-post';
import { apiEventsIdTasksTaskIdDelete } from '../api/fn/events/api-events-id-tasks-task-id-delete';
import { apiEventsIdTasksTaskIdProgressPut } from '../api/fn/events/api-events-id-tasks-task-id-progress-put';
import { apiEventsIdTasksTaskIdPut } from '../api/fn/events/api-events-id-tasks-task-id-put';
import { apiIdentityUsersGet } from '../../../api/fn/users/api-identity-users-get';
import { apiOrgPositionsGet } from '../../../api/fn/positions/api-org-positions-get';
import { EventMilestoneDto } from '../api/models/event-milestone-dto';
import { EventRiskDto } from '../api/models/event-risk-dto';
import { EventTaskDto } from '../api/models/event-task-dto';
import { MarketingEventDto } from '../api/models/marketing-event-dto';
import { AppConfigService } from '../../../core/config/app-config.service';
import { applyServerErrors, messageOf, problemOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { personName } from '../../../shared/people/person-name';
import { formImports } from '../../../shared/form-imports';
import { dayInZone, zonedInputToUtc } from '../../../shared/time/zoned-time';
import { ganttBar, ganttMarker, ganttRange } from './gantt';
import { RaciOption, partyKey, raciEntries } from './raci';
import { touchAll } from '../../../core/forms/touch-all';

const riskLevels = ['Low', 'Medium', 'High'] as const;
const riskStatuses = ['Open', 'Mitigated', 'Closed'] as const;

/** The "Plan" section of an event: tasks with a Gantt view and RACI, milestones, risks. */
@Component({
  selector: 'app-event-plan',
  imports: [...formImports, A11yModule, FormsModule, NzSelectModule, NzCheckboxModule, NzTagModule],
  templateUrl: './event-plan.component.html',
  styleUrls: ['./event-plan.css'],
})
export class EventPlanComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(FormBuilder);
  readonly event = input.required<MarketingEventDto>();
  protected readonly riskLevels = riskLevels;
  protected readonly riskStatuses = riskStatuses;
  protected readonly tasks = signal<EventTaskDto[]>([]);
  protected readonly milestones = signal<EventMilestoneDto[]>([]);
  protected readonly risks = signal<EventRiskDto[]>([]);
  protected readonly users = signal<RaciOption[]>([]);
  protected readonly positions = signal<RaciOption[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly editing = signal<EventTaskDto | null>(null);
  protected readonly dialogOpen = signal(false);
  private readonly zone = this.config.setting('Platform.TimeZone');
  protected readonly canEdit = computed(() => {
    const status = this.event().status;
    const open = ['Draft', 'Rejected', 'Returned', 'Approved', 'InExecution'].includes(status);
    return open && this.config.isGranted('Events.MarketingEvents.Update');
  });
  protected readonly progressOpen = computed(() => ['Approved', 'InExecution'].includes(this.event().status));
  protected readonly range = computed(() =>
    ganttRange(dayInZone(this.event().startTime, this.zone), dayInZone(this.event().endTime, this.zone), this.tasks()),
  );
  protected readonly bars = computed(() => this.tasks().map((task) => ({ task, bar: ganttBar(task, this.range()) })));
  protected readonly markers = computed(() =>
    this.milestones()
      .map((m) => ({ milestone: m, left: ganttMarker(dayInZone(m.date, this.zone), this.range()) }))
      .filter((m): m is { milestone: EventMilestoneDto; left: number } => m.left !== null),
  );
  protected readonly chartWidth = computed(() => 136 + Math.max(this.range().days * 28, 160));
  protected readonly partyOptions = computed(() => [...this.positions(), ...this.users()]);
  protected readonly owners = computed(() => this.users().map((u) => ({ id: u.value.slice('User:'.length), label: u.label })));

  protected readonly taskForm = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(128)]],
    startDate: ['', Validators.required],
    endDate: ['', Validators.required],
    responsible: this.fb.control<string | null>(null),
    accountable: this.fb.control<string | null>(null),
    consulted: this.fb.nonNullable.control<string[]>([]),
    informed: this.fb.nonNullable.control<string[]>([]),
  });
  protected readonly milestoneForm = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(128)]],
    date: ['', Validators.required],
    isKeyDate: [false],
  });
  protected readonly riskForm = this.fb.nonNullable.group({
    description: ['', [Validators.required, Validators.maxLength(2000)]],
    likelihood: ['Medium' as (typeof riskLevels)[number]],
    impact: ['Medium' as (typeof riskLevels)[number]],
    contingencyPlan: [''],
    ownerUserId: ['', Validators.required],
    status: ['Open' as (typeof riskStatuses)[number]],
  });

  ngOnInit(): void {
    void this.load();
    void this.loadParties();
  }

  protected day(iso: string): string {
    return new Intl.DateTimeFormat(this.translate.language() === 'en' ? 'en' : 'zh-CN', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
  }

  /** A milestone's instant in the company's time zone. */
  protected when(iso: string): string {
    return new Intl.DateTimeFormat(this.translate.language() === 'en' ? 'en' : 'zh-CN', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: this.zone ?? undefined,
    }).format(new Date(iso));
  }

  protected partyName(task: EventTaskDto, role: string): string {
    const names = task.raci.filter((r) => r.role === role).map((r) => r.name ?? '?');
    return names.length ? names.join(', ') : this.translate.t('plan.nobody');
  }

  protected async load(): Promise<void> {
    const id = this.event().id;
    try {
      const [tasks, milestones, risks] = await Promise.all([
        this.api.invoke(apiEventsIdTasksGet, { id }),
        this.api.invoke(apiEventsIdMilestonesGet, { id }),
        this.api.invoke(apiEventsIdRisksGet, { id }),
      ]);
      this.tasks.set(tasks);
      this.milestones.set(milestones);
      this.risks.set(risks);
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected openTask(task: EventTaskDto | null): void {
    this.editing.set(task);
    const role = (name: string) => task?.raci.filter((r) => r.role === name).map((r) => partyKey(r)) ?? [];
    this.taskForm.reset({
      name: task?.name ?? '',
      startDate: task?.startDate ?? dayInZone(this.event().startTime, this.zone),
      endDate: task?.endDate ?? dayInZone(this.event().startTime, this.zone),
      responsible: role('Responsible')[0] ?? null,
      accountable: role('Accountable')[0] ?? null,
      consulted: role('Consulted'),
      informed: role('Informed'),
    });
    this.dialogOpen.set(true);
  }

  protected closeTask(): void {
    this.dialogOpen.set(false);
  }

  protected async saveTask(): Promise<void> {
    if (this.taskForm.invalid) {
      touchAll(this.taskForm);
      return;
    }
    const v = this.taskForm.getRawValue();
    const body = { name: v.name, startDate: v.startDate, endDate: v.endDate, raci: raciEntries(v.responsible, v.accountable, v.consulted, v.informed) };
    const editing = this.editing();
    await this.run(
      async () => {
        if (editing) {
          await this.api.invoke(apiEventsIdTasksTaskIdPut, { id: this.event().id, taskId: editing.id, body: { ...body, concurrencyStamp: editing.concurrencyStamp } });
        } else {
          await this.api.invoke(apiEventsIdTasksPost, { id: this.event().id, body });
        }
        this.closeTask();
      },
      (e) => applyServerErrors(this.taskForm, e),
    );
  }

  protected async deleteTask(task: EventTaskDto): Promise<void> {
    await this.run(() => this.api.invoke(apiEventsIdTasksTaskIdDelete, { id: this.event().id, taskId: task.id }));
  }

  protected async saveProgress(task: EventTaskDto, value: string): Promise<void> {
    const percent = Math.round(Number(value));
    await this.run(() =>
      this.api.invoke(apiEventsIdTasksTaskIdProgressPut, { id: this.event().id, taskId: task.id, body: { progressPercent: percent, concurrencyStamp: task.concurrencyStamp } }),
    );
  }

  protected async addMilestone(): Promise<void> {
    if (this.milestoneForm.invalid) {
      touchAll(this.milestoneForm);
      return;
    }
    const v = this.milestoneForm.getRawValue();
    await this.run(
      async () => {
        await this.api.invoke(apiEventsIdMilestonesPost, { id: this.event().id, body: { name: v.name, date: this.milestoneInstant(v.date), isKeyDate: v.isKeyDate } });
        this.milestoneForm.reset();
      },
      (e) => applyServerErrors(this.milestoneForm, e),
    );
  }

  /** The typed wall time is the company's (as everywhere in the portal), not the browser's. */
  private milestoneInstant(local: string): string {
    return (this.zone ? zonedInputToUtc(local, this.zone) : null) ?? new Date(local).toISOString();
  }

  protected async deleteMilestone(milestone: EventMilestoneDto): Promise<void> {
    await this.run(() => this.api.invoke(apiEventsIdMilestonesMilestoneIdDelete, { id: this.event().id, milestoneId: milestone.id }));
  }

  protected async addRisk(): Promise<void> {
    if (this.riskForm.invalid) {
      touchAll(this.riskForm);
      return;
    }
    const v = this.riskForm.getRawValue();
    await this.run(
      async () => {
        await this.api.invoke(apiEventsIdRisksPost, { id: this.event().id, body: { ...v, contingencyPlan: v.contingencyPlan || null } });
        this.riskForm.reset();
      },
      (e) => applyServerErrors(this.riskForm, e),
    );
  }

  protected async setRiskStatus(risk: EventRiskDto, status: (typeof riskStatuses)[number]): Promise<void> {
    const { id, marketingEventId, ownerName, creationTime, ...rest } = risk;
    await this.run(() => this.api.invoke(apiEventsIdRisksRiskIdPut, { id: marketingEventId, riskId: id, body: { ...rest, status } }));
  }

  protected async deleteRisk(risk: EventRiskDto): Promise<void> {
    await this.run(() => this.api.invoke(apiEventsIdRisksRiskIdDelete, { id: this.event().id, riskId: risk.id }));
  }

  /** Runs a change, then reloads the plan; a stale stamp reloads with a notice, field errors go to the form. */
  private async run(change: () => Promise<unknown>, onError?: (e: unknown) => string | null): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      await change();
    } catch (e) {
      if (problemOf(e)?.status === 409) this.error.set(this.translate.t('plan.stale'));
      else this.error.set(onError ? onError(e) : messageOf(e));
    } finally {
      this.busy.set(false);
      await this.load();
    }
  }

  /** Positions of the org chart and their holders; the whole user list too when the user may read it. */
  private async loadParties(): Promise<void> {
    try {
      const positions = await this.api.invoke(apiOrgPositionsGet, {});
      this.positions.set(positions.map((p) => ({ value: partyKey({ kind: 'Position', partyId: p.id }), label: `${this.translate.t('plan.position')}: ${p.name}` })));
      const users = new Map(positions.flatMap((p) => p.holders).map((h) => [h.userId, h.name]));
      if (this.config.isGranted('Identity.Users')) {
        const page = await this.api.invoke(apiIdentityUsersGet, { maxResultCount: 1000 });
        page.items.filter((u) => u.isActive).forEach((u) => users.set(u.id, personName(u, this.translate.language()) || u.userName));
      }
      this.users.set([...users].map(([id, name]) => ({ value: partyKey({ kind: 'User', partyId: id }), label: `${this.translate.t('plan.user')}: ${name}` })));
    } catch {
      // The pickers stay empty for someone who may not read the org chart; the plan itself still shows.
    }
  }
}
