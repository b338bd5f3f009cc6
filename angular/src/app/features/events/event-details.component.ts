import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiEventsIdClosePost } from './api/fn/events/api-events-id-close-post';
import { apiEventsIdCompletePost } from './api/fn/events/api-events-id-complete-post';
import { apiEventsIdGet } from './api/fn/events/api-events-id-get';
import { apiEventsIdStartPost } from './api/fn/events/api-events-id-start-post';
import { apiEventsIdSubmitPost } from './api/fn/events/api-events-id-submit-post';
import { apiEventsTemplatesPost } from './api/fn/events/api-events-templates-post';
import { MarketingEventDto } from './api/models/marketing-event-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { formatMoney } from '../../shared/format';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { EventCostsComponent } from './costs/event-costs.component';
import { EventAction, actionsFor, canBecomeTemplate, eventStatusColors, isEditable } from './event-options';
import { EventTab, eventTabs, toEventTab } from './event-tabs';
import { EventFiguresComponent } from './figures/event-figures.component';
import { EventPlanComponent } from './plan/event-plan.component';
import { EventRegistrationsComponent } from './registrations/event-registrations.component';
import { EventReviewComponent } from './review/event-review.component';

const actionCalls = {
  submit: apiEventsIdSubmitPost,
  start: apiEventsIdStartPost,
  complete: apiEventsIdCompletePost,
  close: apiEventsIdClosePost,
} as const;

/** Status changes that cannot be undone ask first; submitting can be withdrawn, so it does not. */
const confirmTexts: Partial<Record<EventAction, 'events.confirmStart' | 'events.confirmComplete' | 'events.confirmClose'>> = {
  start: 'events.confirmStart',
  complete: 'events.confirmComplete',
  close: 'events.confirmClose',
};

const actionTexts: Record<EventAction, 'events.submit' | 'events.startAction' | 'events.complete' | 'events.close'> = {
  submit: 'events.submit',
  start: 'events.startAction',
  complete: 'events.complete',
  close: 'events.close',
};

@Component({
  selector: 'app-event-details',
  imports: [...formImports, FormsModule, RouterLink, NzTagModule, EventPlanComponent, EventRegistrationsComponent, EventCostsComponent, EventReviewComponent, EventFiguresComponent],
  templateUrl: './event-details.component.html',
  styleUrls: ['../../shared/page.css', './events.css'],
})
export class EventDetailsComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly id = this.route.snapshot.paramMap.get('id') ?? '';
  protected readonly tab = signal<EventTab>(toEventTab(this.route.snapshot.queryParamMap.get('tab')));
  protected readonly canSeeRegistrations = computed(() => this.config.isGranted('Events.Registrations'));
  protected readonly tabs = computed(() => eventTabs.filter((t) => t !== 'registrations' || this.canSeeRegistrations()));
  protected readonly event = signal<MarketingEventDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly stale = signal(false);
  protected readonly busy = signal<EventAction | 'template' | null>(null);
  protected readonly colors = eventStatusColors;
  protected readonly actionTexts = actionTexts;
  protected readonly confirmTexts = confirmTexts as Record<EventAction, string>;
  protected readonly confirming = signal<EventAction | null>(null);
  protected readonly actions = computed(() => {
    const event = this.event();
    return event && this.config.isGranted('Events.MarketingEvents.Manage') ? actionsFor(event.status) : [];
  });
  protected readonly canEdit = computed(() => {
    const event = this.event();
    return !!event && isEditable(event.status) && this.config.isGranted('Events.MarketingEvents.Update');
  });
  protected readonly canSaveTemplate = computed(() => {
    const event = this.event();
    return !!event && canBecomeTemplate(event.status) && this.config.isGranted('Events.EventTemplates.Manage');
  });
  protected readonly templateFormOpen = signal(false);
  protected readonly templateSaved = signal<string | null>(null);
  protected templateName = '';
  protected templateDescription = '';
  protected readonly currency = computed(() => this.event()?.budgetLines[0]?.currency ?? this.config.setting('Platform.Currency') ?? 'CNY');

  constructor() {
    void this.load();
  }

  protected select(tab: EventTab): void {
    this.tab.set(tab);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: tab === 'overview' ? null : tab }, replaceUrl: true });
  }

  /** Arrow keys move between tabs (WAI-ARIA tabs pattern). */
  protected moveTab(event: KeyboardEvent, tabs: readonly EventTab[]): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(this.tab()) + step + tabs.length) % tabs.length];
    this.select(next);
    document.getElementById(`event-tab-${next}`)?.focus();
  }

  protected money(amount: number | string): string {
    return formatMoney(amount, this.currency(), this.translate.language());
  }

  protected readonly time = inject(TenantTimeService).format;

  protected async load(): Promise<void> {
    this.stale.set(false);
    try {
      this.event.set(await this.api.invoke(apiEventsIdGet, { id: this.id }));
    } catch (e) {
      this.error.set(problemOf(e)?.status === 404 ? this.translate.t('events.notFound') : messageOf(e));
    }
  }

  protected ask(action: EventAction): void {
    if (confirmTexts[action]) this.confirming.set(action);
    else void this.run(action);
  }

  protected async run(action: EventAction): Promise<void> {
    const event = this.event();
    if (!event) return;
    this.confirming.set(null);
    this.error.set(null);
    this.notice.set(null);
    this.stale.set(false);
    this.busy.set(action);
    try {
      const updated = await this.api.invoke(actionCalls[action], { id: event.id, body: { concurrencyStamp: event.concurrencyStamp } });
      this.event.set(updated);
      this.notice.set(this.translate.t('events.done', { status: this.translate.t('eventStatus.' + updated.status) }));
    } catch (e) {
      if (problemOf(e)?.status === 409) this.stale.set(true);
      else this.error.set(messageOf(e));
    } finally {
      this.busy.set(null);
    }
  }

  protected openTemplateForm(): void {
    this.templateName = this.event()?.name ?? '';
    this.templateDescription = '';
    this.templateSaved.set(null);
    this.templateFormOpen.set(true);
  }

  protected async saveTemplate(): Promise<void> {
    const event = this.event();
    if (!event || !this.templateName.trim()) return;
    this.error.set(null);
    this.busy.set('template');
    try {
      const template = await this.api.invoke(apiEventsTemplatesPost, {
        body: { marketingEventId: event.id, name: this.templateName, description: this.templateDescription || null },
      });
      this.templateFormOpen.set(false);
      this.templateSaved.set(this.translate.t('eventTemplates.saved', { name: template.name }));
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(null);
    }
  }
}
