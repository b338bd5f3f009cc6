import { Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiProcessesTemplatesGet } from '../../api/fn/process-templates/api-processes-templates-get';
import { apiProcessesInstancesGet } from '../../api/fn/processes/api-processes-instances-get';
import { apiProcessesInstancesPost } from '../../api/fn/processes/api-processes-instances-post';
import { ProcessInstanceDto } from '../../api/models/process-instance-dto';
import { ProcessTemplateDto } from '../../api/models/process-template-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { dayInZone } from '../../shared/time/zoned-time';
import { touchAll } from '../../core/forms/touch-all';

/** Running and finished processes, and starting one from a published template. */
@Component({
  selector: 'app-process-instances',
  imports: [...formImports, RouterLink, NzSelectModule, NzTagModule],
  templateUrl: './instances.component.html',
  styleUrl: '../../shared/page.css',
})
export class InstancesComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  protected readonly canReadTemplates = computed(() => this.config.isGranted('Processes.Templates'));
  protected readonly instances = signal<ProcessInstanceDto[] | null>(null);
  protected readonly templates = signal<ProcessTemplateDto[]>([]);
  protected readonly startable = computed(() => this.templates().filter((t) => !!t.publishedVersionNumber));
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    templateId: ['', Validators.required],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    startDate: [dayInZone(new Date().toISOString(), this.config.setting('Platform.TimeZone')), Validators.required],
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      const [instances, templates] = await Promise.all([
        this.api.invoke(apiProcessesInstancesGet),
        this.canReadTemplates() ? this.api.invoke(apiProcessesTemplatesGet).catch(() => [] as ProcessTemplateDto[]) : Promise.resolve([] as ProcessTemplateDto[]),
      ]);
      this.instances.set([...instances].sort((a, b) => Number(a.isCompleted) - Number(b.isCompleted) || b.startDate.localeCompare(a.startDate)));
      this.templates.set(templates);
    } catch (e) {
      this.error.set(messageOf(e));
      this.instances.set([]);
    }
  }

  protected progress(instance: ProcessInstanceDto): string {
    return this.translate.t('processes.progress', { done: instance.steps.filter((s) => s.isCompleted).length, total: instance.steps.length });
  }

  protected suggestName(templateId: string): void {
    const template = this.templates().find((t) => t.id === templateId);
    if (template && !this.form.controls.name.value) this.form.controls.name.setValue(template.name);
  }

  protected async start(): Promise<void> {
    this.formError.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const { templateId, name, startDate } = this.form.getRawValue();
      const instance = await this.api.invoke(apiProcessesInstancesPost, { body: { templateId, name, startDate } });
      await this.router.navigate(['/processes/instances', instance.id]);
    } catch (e) {
      this.formError.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
