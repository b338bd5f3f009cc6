import { Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiProcessesInstancesIdGet } from '../../api/fn/processes/api-processes-instances-id-get';
import { apiProcessesInstancesIdStepsStepIdCompletePost } from '../../api/fn/processes/api-processes-instances-id-steps-step-id-complete-post';
import { apiProcessesInstancesIdStepsStepIdDeliverablesDeliverableIdPost } from '../../api/fn/processes/api-processes-instances-id-steps-step-id-deliverables-deliverable-id-post';
import { DeliverableDto } from '../../api/models/deliverable-dto';
import { ProcessInstanceDto } from '../../api/models/process-instance-dto';
import { ProcessStepDto } from '../../api/models/process-step-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { StepStatus, canReassign, canWorkOn, stepStatus, timeline } from './step-status';
import { TaskReassignComponent } from './task-reassign.component';

const statusColors: Record<StepStatus, string> = { done: 'green', awaitingApproval: 'purple', overdue: 'red', open: 'blue', waiting: 'default' };

/** A process and its step timeline: provide deliverables and complete my steps; reassign the steps I hold (or any, as a process manager). */
@Component({
  selector: 'app-process-instance',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, NzTagModule, TranslatePipe, TaskReassignComponent],
  templateUrl: './instance.component.html',
  styleUrls: ['../../shared/page.css', './instance.component.css'],
})
export class InstanceComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  readonly id = input.required<string>();
  protected readonly instance = signal<ProcessInstanceDto | null>(null);
  protected readonly steps = computed(() => timeline(this.instance()?.steps ?? []));
  protected readonly error = signal<string | null>(null);
  /** Errors of one step (its deliverable fields or completing it), keyed by step id. */
  protected readonly stepErrors = signal<Record<string, string>>({});
  protected readonly busy = signal<string | null>(null);
  /** What the last reassignment did (a live region). */
  protected readonly notice = signal<string | null>(null);
  private readonly canManage = computed(() => this.config.isGranted('Processes.Templates.Manage'));
  protected readonly colors = statusColors;
  /** Link and note typed for each deliverable, by deliverable id. */
  protected readonly inputs: Record<string, { link: string; note: string }> = {};

  constructor() {
    queueMicrotask(() => void this.load());
  }

  protected status(step: ProcessStepDto): StepStatus {
    return stepStatus(step, this.instance()?.steps ?? []);
  }

  protected mine(step: ProcessStepDto): boolean {
    return canWorkOn(step, this.config.config()?.currentUser.id) && this.status(step) !== 'waiting';
  }

  protected reassignable(step: ProcessStepDto): boolean {
    return canReassign(step, this.config.config()?.currentUser.id, this.canManage());
  }

  protected async onReassigned(name: string): Promise<void> {
    this.notice.set(this.translate.t('myTasks.reassigned', { name }));
    await this.load();
  }

  protected assignees(step: ProcessStepDto): string {
    const me = this.config.config()?.currentUser.id;
    if (!step.assigneeUserIds.length) return this.translate.t('processes.noAssignee');
    if (me && step.assigneeUserIds.includes(me)) return this.translate.t('processes.assignedToYou', { n: step.assigneeUserIds.length });
    return this.translate.t('processes.assignees', { n: step.assigneeUserIds.length });
  }

  protected input(deliverable: DeliverableDto): { link: string; note: string } {
    return (this.inputs[deliverable.id] ??= { link: deliverable.link ?? '', note: deliverable.note ?? '' });
  }

  protected async load(): Promise<void> {
    try {
      this.instance.set(await this.api.invoke(apiProcessesInstancesIdGet, { id: this.id() }));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected async provide(step: ProcessStepDto, deliverable: DeliverableDto): Promise<void> {
    const value = this.input(deliverable);
    if (!value.link.trim() && !value.note.trim()) {
      this.stepErrors.update((e) => ({ ...e, [step.id]: this.translate.t('processes.linkOrNote') }));
      return;
    }
    await this.run(step, () =>
      this.api.invoke(apiProcessesInstancesIdStepsStepIdDeliverablesDeliverableIdPost, {
        id: this.id(),
        stepId: step.id,
        deliverableId: deliverable.id,
        body: { link: value.link.trim() || null, note: value.note.trim() || null },
      }),
    );
  }

  protected async complete(step: ProcessStepDto): Promise<void> {
    await this.run(step, () => this.api.invoke(apiProcessesInstancesIdStepsStepIdCompletePost, { id: this.id(), stepId: step.id }));
  }

  private async run(step: ProcessStepDto, action: () => Promise<ProcessInstanceDto>): Promise<void> {
    this.busy.set(step.id);
    this.stepErrors.update((e) => ({ ...e, [step.id]: '' }));
    try {
      this.instance.set(await action());
    } catch (e) {
      const problem = problemOf(e);
      const fields = problem ? Object.values(problem.errors).flat() : [];
      this.stepErrors.update((errors) => ({ ...errors, [step.id]: fields.length ? fields.join(' ') : messageOf(e) }));
    } finally {
      this.busy.set(null);
    }
  }
}
