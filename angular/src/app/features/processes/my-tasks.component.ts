import { HttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { Api } from '../../api/api';
import { apiMyTasksGet } from '../../api/fn/my-tasks/api-my-tasks-get';
import { apiProcessesInstancesIdStepsStepIdCompletePost } from '../../api/fn/processes/api-processes-instances-id-steps-step-id-complete-post';
import { apiProcessesInstancesIdStepsStepIdDeliverablesDeliverableIdFilesPost } from '../../api/fn/processes/api-processes-instances-id-steps-step-id-deliverables-deliverable-id-files-post';
import { DeliverableDto } from '../../api/models/deliverable-dto';
import { MyTaskListItemDto } from '../../api/models/my-task-list-item-dto';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { TaskReassignComponent } from './task-reassign.component';

/**
 * My open tasks from processes and the modules' sources (event plans), overdue first, then by due date (the API's
 * order; due dates are the company's calendar dates). A process step is handed in here: a file per deliverable, then
 * "Complete step". "Reassign…" hands a process step to another person of the company.
 */
@Component({
  selector: 'app-my-tasks',
  imports: [RouterLink, NzButtonModule, NzTagModule, TranslatePipe, TaskReassignComponent],
  templateUrl: './my-tasks.component.html',
  styleUrls: ['../../shared/page.css', './my-tasks.component.css'],
})
export class MyTasksComponent {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  protected readonly tasks = signal<MyTaskListItemDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** The task whose hand-in panel is open. */
  protected readonly open = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  /** Errors by task id. */
  protected readonly taskErrors = signal<Record<string, string>>({});
  /** Names of the files uploaded here, by deliverable id. */
  protected readonly uploaded = signal<Record<string, string>>({});

  constructor() {
    void this.load();
  }

  protected sourceText(task: MyTaskListItemDto): string {
    return this.translate.t('myTasks.source.' + task.source);
  }

  /** A process step that is not waiting for its approval can be handed in from here. */
  protected canHandIn(task: MyTaskListItemDto): boolean {
    return !!task.step && !!task.processInstanceId && !task.step.isAwaitingApproval;
  }

  protected toggle(task: MyTaskListItemDto): void {
    this.open.update((id) => (id === task.id ? null : task.id));
  }

  protected provided(deliverable: DeliverableDto): boolean {
    return deliverable.isProvided || !!this.uploaded()[deliverable.id];
  }

  /** The file is the raw request body (name in X-File-Name), which the generated client cannot send. */
  protected async upload(task: MyTaskListItemDto, deliverable: DeliverableDto, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !task.processInstanceId) return;
    const url =
      this.api.rootUrl +
      apiProcessesInstancesIdStepsStepIdDeliverablesDeliverableIdFilesPost.PATH.replace('{id}', task.processInstanceId)
        .replace('{stepId}', task.id)
        .replace('{deliverableId}', deliverable.id);
    this.busy.set(task.id);
    this.setError(task, '');
    try {
      await firstValueFrom(
        this.http.post(url, file, { headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) } }),
      );
      this.uploaded.update((u) => ({ ...u, [deliverable.id]: file.name }));
    } catch (e) {
      this.setError(task, this.translate.t('myTasks.uploadFailed', { reason: messageOf(e) }));
    } finally {
      this.busy.set(null);
    }
  }

  protected async complete(task: MyTaskListItemDto): Promise<void> {
    if (!task.processInstanceId) return;
    this.busy.set(task.id);
    this.setError(task, '');
    try {
      await this.api.invoke(apiProcessesInstancesIdStepsStepIdCompletePost, { id: task.processInstanceId, stepId: task.id });
      this.notice.set(this.translate.t('myTasks.completed'));
      this.open.set(null);
      await this.load();
    } catch (e) {
      const problem = problemOf(e);
      const fields = problem ? Object.values(problem.errors).flat() : [];
      this.setError(task, fields.length ? fields.join(' ') : messageOf(e));
    } finally {
      this.busy.set(null);
    }
  }

  protected async onReassigned(name: string): Promise<void> {
    this.notice.set(this.translate.t('myTasks.reassigned', { name }));
    this.open.set(null);
    await this.load();
  }

  private setError(task: MyTaskListItemDto, message: string): void {
    this.taskErrors.update((errors) => ({ ...errors, [task.id]: message }));
  }

  private async load(): Promise<void> {
    try {
      this.tasks.set(await this.api.invoke(apiMyTasksGet));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }
}
