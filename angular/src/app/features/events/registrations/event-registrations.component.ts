import { Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../../api/api';
import { apiEventsEventIdRegistrationSettingsGet } from '../api/fn/events/api-events-event-id-registration-settings-get';
import { apiEventsEventIdRegistrationSettingsPut } from '../api/fn/events/api-events-event-id-registration-settings-put';
import { apiEventsEventIdRegistrationsAttendeesCsvGet } from '../api/fn/events/api-events-event-id-registrations-attendees-csv-get';
import { apiEventsEventIdRegistrationsGet } from '../api/fn/events/api-events-event-id-registrations-get';
import { apiEventsEventIdRegistrationsIdLeadPut } from '../api/fn/events/api-events-event-id-registrations-id-lead-put';
import { apiEventsEventIdRegistrationsNoShowsCsvGet } from '../api/fn/events/api-events-event-id-registrations-no-shows-csv-get';
import { EventRegistrationDto } from '../api/models/event-registration-dto';
import { EventRegistrationSettingsDto } from '../api/models/event-registration-settings-dto';
import { EventRegistrationStatus } from '../api/models/event-registration-status';
import { MarketingEventDto } from '../api/models/marketing-event-dto';
import { AppConfigService } from '../../../core/config/app-config.service';
import { messageOf, problemOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { formImports } from '../../../shared/form-imports';
import { TenantTimeService } from '../../../shared/time/tenant-time.service';
import { registrationStatusColors, registrationStatuses } from './registration-options';

const pageSize = 50;

/** The registrations tab of an event: the public page's settings and link, the list, leads and the CSV exports. */
@Component({
  selector: 'app-event-registrations',
  imports: [...formImports, FormsModule, RouterLink, NzSelectModule, NzTagModule, NzCheckboxModule],
  templateUrl: './event-registrations.component.html',
  styleUrls: ['../../../shared/page.css', '../events.css'],
})
export class EventRegistrationsComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  private readonly tenantTime = inject(TenantTimeService);
  readonly event = input.required<MarketingEventDto>();
  protected readonly settings = signal<EventRegistrationSettingsDto | null>(null);
  protected readonly registrations = signal<EventRegistrationDto[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly error = signal<string | null>(null);
  protected readonly settingsError = signal<string | null>(null);
  protected readonly savedSettings = signal(false);
  protected readonly busy = signal(false);
  protected readonly statuses = registrationStatuses;
  protected readonly colors = registrationStatusColors;
  protected readonly canManage = computed(() => this.config.isGranted('Events.Registrations.Manage'));
  protected readonly canCheckIn = computed(() => this.config.isGranted('Events.Registrations.CheckIn'));
  protected readonly registrable = computed(() => ['Approved', 'InExecution'].includes(this.event().status));
  protected readonly publicUrl = computed(() => {
    const path = this.settings()?.publicPath;
    return path ? new URL(path, document.baseURI).href : null;
  });
  protected readonly attendeesCsv = computed(() => this.path(apiEventsEventIdRegistrationsAttendeesCsvGet.PATH));
  protected readonly noShowsCsv = computed(() => this.path(apiEventsEventIdRegistrationsNoShowsCsvGet.PATH));
  protected readonly copied = signal<'copied' | 'failed' | null>(null);
  protected capacity = 100;
  protected isOpen = true;
  protected filter = '';
  protected status: EventRegistrationStatus | null = null;

  ngOnInit(): void {
    void this.loadSettings();
    void this.load();
  }

  protected time(iso: string | null): string {
    return this.tenantTime.format(iso);
  }

  protected async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied.set('copied');
    } catch {
      this.copied.set('failed');
    }
  }

  protected search(): void {
    void this.load();
  }

  protected async saveSettings(): Promise<void> {
    this.settingsError.set(null);
    this.savedSettings.set(false);
    this.busy.set(true);
    try {
      const settings = await this.api.invoke(apiEventsEventIdRegistrationSettingsPut, { eventId: this.event().id, body: { capacity: this.capacity, isOpen: this.isOpen } });
      this.settings.set(settings);
      this.savedSettings.set(true);
      void this.load();
    } catch (e) {
      const problem = problemOf(e);
      this.settingsError.set(problem?.errors['capacity']?.join(' ') ?? messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async setLead(registration: EventRegistrationDto, isLead: boolean): Promise<void> {
    this.error.set(null);
    try {
      const updated = await this.api.invoke(apiEventsEventIdRegistrationsIdLeadPut, { eventId: this.event().id, id: registration.id, body: { isLead } });
      this.registrations.update((list) => list?.map((r) => (r.id === updated.id ? updated : r)) ?? null);
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  private path(template: string): string {
    return template.replace('{eventId}', encodeURIComponent(this.event().id)).replace(/^\//, '');
  }

  private async loadSettings(): Promise<void> {
    try {
      const settings = await this.api.invoke(apiEventsEventIdRegistrationSettingsGet, { eventId: this.event().id });
      this.settings.set(settings);
      this.capacity = Number(settings.capacity);
      this.isOpen = settings.isOpen;
    } catch (e) {
      if (problemOf(e)?.status !== 404) this.settingsError.set(messageOf(e));
    }
  }

  private async load(): Promise<void> {
    this.error.set(null);
    try {
      const result = await this.api.invoke(apiEventsEventIdRegistrationsGet, {
        eventId: this.event().id,
        maxResultCount: pageSize,
        filter: this.filter.trim() || undefined,
        status: this.status ?? undefined,
      });
      this.registrations.set(result.items);
      this.totalCount.set(Number(result.totalCount));
    } catch (e) {
      this.error.set(messageOf(e));
      this.registrations.set([]);
    }
  }
}
