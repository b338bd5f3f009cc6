import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiProcessesMyTasksGet } from '../../api/fn/processes/api-processes-my-tasks-get';
import { MyTaskDto } from '../../api/models/my-task-dto';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** My open process steps, earliest due first (as the API orders them). */
@Component({
  selector: 'app-my-tasks',
  imports: [RouterLink, NzTagModule, TranslatePipe],
  template: `
    <h1>{{ 'menu.myTasks' | t }}</h1>
    @if (error()) { <p class="empty" role="alert">{{ error() }}</p> }
    @if (tasks(); as list) {
      @for (task of list; track task.step.id) {
        <a class="item" [routerLink]="['/processes/instances', task.instanceId]" data-testid="task">
          <span class="title">{{ task.step.name }}</span>
          @if (task.step.isOverdue) { <nz-tag nzColor="red">{{ 'stepStatus.overdue' | t }}</nz-tag> }
          @if (task.step.isAwaitingApproval) { <nz-tag nzColor="purple">{{ 'stepStatus.awaitingApproval' | t }}</nz-tag> }
          <div class="muted">{{ task.instanceName }} · {{ task.templateCode }} · {{ 'home.due' | t: { date: task.step.dueDate.slice(0, 10) } }}</div>
        </a>
      } @empty {
        <p class="empty" data-testid="empty">{{ 'home.noTasks' | t }} <a routerLink="/processes/instances">{{ 'processes.seeProcesses' | t }}</a></p>
      }
    } @else if (!error()) {
      <p class="muted">{{ 'common.loading' | t }}</p>
    }
  `,
  styleUrl: '../../shared/page.css',
})
export class MyTasksComponent {
  protected readonly tasks = signal<MyTaskDto[] | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    inject(Api)
      .invoke(apiProcessesMyTasksGet)
      .then((tasks) => this.tasks.set(tasks), (e) => this.error.set(messageOf(e)));
  }
}
