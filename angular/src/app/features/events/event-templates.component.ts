import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiEventsTemplatesGet } from './api/fn/events/api-events-templates-get';
import { apiEventsTemplatesIdDelete } from './api/fn/events/api-events-templates-id-delete';
import { apiEventsTemplatesIdPut } from './api/fn/events/api-events-templates-id-put';
import { EventTemplateDto } from './api/models/event-template-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { formatMoney } from '../../shared/format';
import { EventTemplatePlanComponent } from './event-template-plan.component';
import { planCounts } from './template-plan';

const pageSize = 20;

/** The company's event templates: start a new event from one, rename or delete (with Events.EventTemplates.Manage). */
@Component({
  selector: 'app-event-templates',
  imports: [...formImports, FormsModule, RouterLink, EventTemplatePlanComponent],
  templateUrl: './event-templates.component.html',
  styleUrls: ['../../shared/page.css', './events.css'],
})
export class EventTemplatesComponent {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  private readonly config = inject(AppConfigService);
  protected readonly canManage = computed(() => this.config.isGranted('Events.EventTemplates.Manage'));
  protected readonly canCreate = computed(() => this.config.isGranted('Events.MarketingEvents.Create'));
  protected readonly templates = signal<EventTemplateDto[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly page = signal(1);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.totalCount() / pageSize)));
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly confirmDelete = signal<string | null>(null);
  /** The template whose plan is shown (one at a time keeps the list short on a phone). */
  protected readonly planShown = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly filtered = signal(false);
  protected filter = '';
  protected editName = '';
  protected editDescription = '';

  constructor() {
    void this.load();
  }

  protected search(): void {
    this.page.set(1);
    void this.load();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  protected money(template: EventTemplateDto): string {
    return formatMoney(template.totalBudget, template.budgetLines[0]?.currency ?? '', this.translate.language());
  }

  protected togglePlan(id: string): void {
    this.planShown.update((shown) => (shown === id ? null : id));
  }

  protected plan(template: EventTemplateDto): string {
    return planCounts(template, (key, params) => this.translate.t(key, params));
  }

  protected startRename(template: EventTemplateDto): void {
    this.editing.set(template.id);
    this.editName = template.name;
    this.editDescription = template.description ?? '';
  }

  protected async rename(template: EventTemplateDto): Promise<void> {
    await this.act(async () => {
      await this.api.invoke(apiEventsTemplatesIdPut, {
        id: template.id,
        body: { name: this.editName, description: this.editDescription || null, concurrencyStamp: template.concurrencyStamp },
      });
      this.editing.set(null);
      this.notice.set(this.translate.t('eventTemplates.renamed'));
    });
  }

  protected async remove(template: EventTemplateDto): Promise<void> {
    await this.act(async () => {
      await this.api.invoke(apiEventsTemplatesIdDelete, { id: template.id });
      this.confirmDelete.set(null);
      this.notice.set(this.translate.t('eventTemplates.deleted', { name: template.name }));
    });
  }

  protected async load(): Promise<void> {
    this.error.set(null);
    this.filtered.set(!!this.filter.trim());
    try {
      const result = await this.api.invoke(apiEventsTemplatesGet, {
        skipCount: (this.page() - 1) * pageSize,
        maxResultCount: pageSize,
        filter: this.filter.trim() || undefined,
      });
      this.templates.set(result.items);
      this.totalCount.set(Number(result.totalCount));
    } catch (e) {
      this.templates.set([]);
      this.error.set(messageOf(e));
    }
  }

  private async act(action: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    this.busy.set(true);
    try {
      await action();
      await this.load();
    } catch (e) {
      this.error.set(problemOf(e)?.status === 409 ? this.translate.t('eventTemplates.stale') : messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
