import { Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiProcessesTemplatesGet } from '../../api/fn/process-templates/api-processes-templates-get';
import { apiProcessesTemplatesImportDefaultPost } from '../../api/fn/process-templates/api-processes-templates-import-default-post';
import { apiProcessesTemplatesPost } from '../../api/fn/process-templates/api-processes-templates-post';
import { ProcessTemplateDto } from '../../api/models/process-template-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { touchAll } from '../../core/forms/touch-all';

/** Process templates: the list with their draft/published versions, a new template, the default library. */
@Component({
  selector: 'app-process-templates',
  imports: [...formImports, RouterLink, NzTagModule],
  templateUrl: './templates.component.html',
  styleUrl: '../../shared/page.css',
})
export class TemplatesComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  protected readonly canManage = computed(() => this.config.isGranted('Processes.Templates.Manage'));
  protected readonly templates = signal<ProcessTemplateDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly importing = signal(false);
  protected readonly busy = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, Validators.maxLength(32)]],
    name: ['', [Validators.required, Validators.maxLength(128)]],
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.templates.set(await this.api.invoke(apiProcessesTemplatesGet));
    } catch (e) {
      this.error.set(messageOf(e));
      this.templates.set([]);
    }
  }

  protected async importDefaults(): Promise<void> {
    this.importing.set(true);
    this.error.set(null);
    try {
      const imported = await this.api.invoke(apiProcessesTemplatesImportDefaultPost);
      this.notice.set(this.translate.t('processes.imported', { n: imported.length }));
      await this.load();
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.importing.set(false);
    }
  }

  protected async create(): Promise<void> {
    this.formError.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const template = await this.api.invoke(apiProcessesTemplatesPost, { body: { ...this.form.getRawValue(), steps: [] } });
      await this.router.navigate(['/processes/templates', template.id]);
    } catch (e) {
      this.formError.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
