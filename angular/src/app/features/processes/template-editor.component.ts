import { Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiOrgPositionsGet } from '../../api/fn/positions/api-org-positions-get';
import { apiProcessesTemplatesIdDraftPost } from '../../api/fn/process-templates/api-processes-templates-id-draft-post';
import { apiProcessesTemplatesIdDraftPut } from '../../api/fn/process-templates/api-processes-templates-id-draft-put';
import { apiProcessesTemplatesIdGet } from '../../api/fn/process-templates/api-processes-templates-id-get';
import { apiProcessesTemplatesIdPublishPost } from '../../api/fn/process-templates/api-processes-templates-id-publish-post';
import { PositionDto } from '../../api/models/position-dto';
import { ProcessTemplateDto } from '../../api/models/process-template-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { camelCase } from '../../core/http/api-problem';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { StepDraft, TemplateDraft, editableVersion, moveStep, newStep, toTemplateDraft, toUpdateDraftDto, validateDraft } from './template-draft';

/** One template: the step editor on its draft (or on a copy of the latest version), its versions, publishing. */
@Component({
  selector: 'app-template-editor',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzCheckboxModule, NzInputModule, NzSelectModule, NzTagModule, TranslatePipe],
  templateUrl: './template-editor.component.html',
  styleUrls: ['../../shared/page.css', './template-editor.component.css'],
})
export class TemplateEditorComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  readonly id = input.required<string>();
  protected readonly canManage = computed(() => this.config.isGranted('Processes.Templates.Manage'));
  protected readonly template = signal<ProcessTemplateDto | null>(null);
  protected readonly draft = signal<TemplateDraft | null>(null);
  protected readonly positions = signal<PositionDto[]>([]);
  protected readonly clientErrors = signal<Record<string, string>>({});
  protected readonly serverErrors = signal<Record<string, string[]>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly time = inject(TenantTimeService).format;
  protected readonly editing = computed(() => {
    const t = this.template();
    return t ? editableVersion(t) : null;
  });
  protected readonly versions = computed(() => [...(this.template()?.versions ?? [])].sort((a, b) => Number(b.number) - Number(a.number)));

  constructor() {
    queueMicrotask(() => void this.load());
  }

  protected async load(): Promise<void> {
    try {
      const [template, positions] = await Promise.all([
        this.api.invoke(apiProcessesTemplatesIdGet, { id: this.id() }),
        this.config.isGranted('OrgChart.Positions') ? this.api.invoke(apiOrgPositionsGet).catch(() => [] as PositionDto[]) : Promise.resolve([] as PositionDto[]),
      ]);
      this.positions.set(positions);
      this.show(template);
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected err(path: string): string | null {
    const server = this.serverErrors()[camelCase(path)];
    if (server) return server.join(' ');
    const client = this.clientErrors()[path];
    return client ? this.translate.t(client) : null;
  }

  protected addStep(): void {
    this.draft.update((d) => d && { ...d, steps: [...d.steps, newStep()] });
  }

  protected removeStep(index: number): void {
    this.draft.update((d) => d && { ...d, steps: d.steps.filter((_, i) => i !== index) });
  }

  protected move(index: number, delta: -1 | 1): void {
    this.draft.update((d) => d && { ...d, steps: moveStep(d.steps, index, delta) });
  }

  protected addDeliverable(step: StepDraft): void {
    step.deliverables = [...step.deliverables, { name: '', isRequired: true, documentTemplateName: null }];
  }

  protected removeDeliverable(step: StepDraft, index: number): void {
    step.deliverables = step.deliverables.filter((_, i) => i !== index);
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    if (!draft) return;
    const errors = validateDraft(draft);
    this.clientErrors.set(errors);
    this.serverErrors.set({});
    if (Object.keys(errors).length) {
      this.error.set(this.translate.t('processes.fixErrors'));
      return;
    }
    await this.run(() => this.api.invoke(apiProcessesTemplatesIdDraftPut, { id: this.id(), body: toUpdateDraftDto(draft) }), 'processes.savedDraft');
  }

  protected async newDraft(): Promise<void> {
    await this.run(() => this.api.invoke(apiProcessesTemplatesIdDraftPost, { id: this.id() }), 'processes.draftCreated');
  }

  protected async publish(): Promise<void> {
    await this.run(() => this.api.invoke(apiProcessesTemplatesIdPublishPost, { id: this.id() }), 'processes.publishedNotice');
  }

  private show(template: ProcessTemplateDto): void {
    this.template.set(template);
    this.draft.set(toTemplateDraft(template));
    this.clientErrors.set({});
  }

  private async run(action: () => Promise<ProcessTemplateDto>, done: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      this.show(await action());
      this.serverErrors.set({});
      this.notice.set(this.translate.t(done));
    } catch (e) {
      this.serverErrors.set(problemOf(e)?.errors ?? {});
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
