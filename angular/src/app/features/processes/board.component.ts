import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiProcessesTemplatesGet } from '../../api/fn/process-templates/api-processes-templates-get';
import { apiProcessesInstancesGet } from '../../api/fn/processes/api-processes-instances-get';
import { ProcessInstanceDto } from '../../api/models/process-instance-dto';
import { ProcessTemplateDto } from '../../api/models/process-template-dto';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { processBoard } from './board';

/** A template's running processes by step: columns = steps, cards = processes; the columns scroll sideways in their box. */
@Component({
  selector: 'app-process-board',
  imports: [FormsModule, RouterLink, NzSelectModule, NzTagModule, TranslatePipe],
  templateUrl: './board.component.html',
  styleUrls: ['../../shared/page.css', './board.component.css'],
})
export class BoardComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly templates = signal<ProcessTemplateDto[]>([]);
  protected readonly templateId = signal<string | null>(this.route.snapshot.queryParamMap.get('templateId'));
  protected readonly instances = signal<ProcessInstanceDto[] | null>(null);
  protected readonly columns = computed(() => processBoard(this.instances() ?? []));
  protected readonly error = signal<string | null>(null);

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

  protected choose(templateId: string): void {
    this.templateId.set(templateId);
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
