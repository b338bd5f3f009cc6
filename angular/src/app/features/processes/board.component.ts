import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiProcessesTemplatesGet } from '../../api/fn/process-templates/api-processes-templates-get';
import { apiProcessesInstancesGet } from '../../api/fn/processes/api-processes-instances-get';
import { ProcessInstanceDto } from '../../api/models/process-instance-dto';
import { ProcessStepDto } from '../../api/models/process-step-dto';
import { ProcessTemplateDto } from '../../api/models/process-template-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { currentStepNamed, processBoard } from './board';
import { canReassign } from './step-status';
import { TaskReassignComponent } from './task-reassign.component';

/**
 * A template's running processes by step: columns = steps, cards = processes ("Reassign…" on a card hands over that
 * step, for its holders and process managers); the columns scroll sideways in their box.
 */
@Component({
  selector: 'app-process-board',
  imports: [FormsModule, RouterLink, NzSelectModule, NzTagModule, TranslatePipe, TaskReassignComponent],
  templateUrl: './board.component.html',
  styleUrls: ['../../shared/page.css', './board.component.css'],
})
export class BoardComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  private readonly canManage = computed(() => this.config.isGranted('Processes.Templates.Manage'));
  protected readonly templates = signal<ProcessTemplateDto[]>([]);
  protected readonly templateId = signal<string | null>(this.route.snapshot.queryParamMap.get('templateId'));
  protected readonly instances = signal<ProcessInstanceDto[] | null>(null);
  protected readonly columns = computed(() => processBoard(this.instances() ?? []));
  protected readonly error = signal<string | null>(null);
  /** What the last reassignment did (a live region). */
  protected readonly notice = signal<string | null>(null);

  constructor() {
    this.api.invoke(apiProcessesTemplatesGet).then(
      (list) => this.templates.set(list.filter((t) => !!t.publishedVersionNumber)),
      (e) => this.error.set(messageOf(e)),
    );
    void this.load();
  }

  protected hasRunning(list: readonly ProcessInstanceDto[]): boolean {
    return list.some((i) => !i.isCompleted);
  }

  /** The card's step in its column when the user may reassign it, else null. */
  protected reassignableStep(card: ProcessInstanceDto, column: string): ProcessStepDto | null {
    const step = currentStepNamed(card, column);
    return step && canReassign(step, this.config.config()?.currentUser.id, this.canManage()) ? step : null;
  }

  protected async onReassigned(name: string): Promise<void> {
    this.notice.set(this.translate.t('myTasks.reassigned', { name }));
    await this.load();
  }

  protected choose(templateId: string): void {
    this.templateId.set(templateId);
    this.notice.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { templateId }, replaceUrl: true });
    void this.load();
  }

  private async load(): Promise<void> {
    const templateId = this.templateId();
    if (!templateId) return;
    this.instances.set(null);
    try {
      this.instances.set(await this.api.invoke(apiProcessesInstancesGet, { TemplateId: templateId }));
    } catch (e) {
      this.error.set(messageOf(e));
      this.instances.set([]);
    }
  }
}
