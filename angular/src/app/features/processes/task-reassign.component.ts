import { Component, computed, inject, input, output, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { Api } from '../../api/api';
import { apiProcessesAssigneeCandidatesGet } from '../../api/fn/processes/api-processes-assignee-candidates-get';
import { apiProcessesInstancesIdStepsStepIdReassignPost } from '../../api/fn/processes/api-processes-instances-id-steps-step-id-reassign-post';
import { AssigneeCandidateDto } from '../../api/models/assignee-candidate-dto';
import { ProcessStepDto } from '../../api/models/process-step-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * "Reassign…" on a process step: pick another person of the company (a native select, fine on a phone) and hand the
 * step over (POST …/reassign). The server decides who may (403/422 messages are shown here); people who already hold
 * the step are not offered.
 */
@Component({
  selector: 'app-task-reassign',
  imports: [NzButtonModule, TranslatePipe],
  templateUrl: './task-reassign.component.html',
  styleUrl: './task-reassign.component.css',
})
export class TaskReassignComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService).config;
  readonly instanceId = input.required<string>();
  readonly step = input.required<ProcessStepDto>();
  /** The display name of the person the step went to. */
  readonly reassigned = output<string>();
  protected readonly open = signal(false);
  protected readonly candidates = signal<AssigneeCandidateDto[] | null>(null);
  protected readonly chosen = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly offered = computed(() => {
    const holders = new Set([...this.step().assigneeUserIds, this.config()?.currentUser.id ?? '']);
    return (this.candidates() ?? []).filter((c) => !holders.has(c.id));
  });

  protected async start(): Promise<void> {
    this.open.set(true);
    this.error.set(null);
    if (this.candidates()) return;
    try {
      this.candidates.set(await this.api.invoke(apiProcessesAssigneeCandidatesGet));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected cancel(): void {
    this.open.set(false);
    this.chosen.set('');
    this.error.set(null);
  }

  protected async confirm(): Promise<void> {
    const person = this.offered().find((c) => c.id === this.chosen());
    if (!person) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.invoke(apiProcessesInstancesIdStepsStepIdReassignPost, {
        id: this.instanceId(),
        stepId: this.step().id,
        body: { userId: person.id },
      });
      this.open.set(false);
      this.reassigned.emit(person.name || person.userName);
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
