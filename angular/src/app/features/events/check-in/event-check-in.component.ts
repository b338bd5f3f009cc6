import { Component, ElementRef, OnDestroy, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../../api/api';
import { apiEventsEventIdCheckInsCountGet } from '../api/fn/events/api-events-event-id-check-ins-count-get';
import { apiEventsEventIdCheckInsPost } from '../api/fn/events/api-events-event-id-check-ins-post';
import { CheckInCountDto } from '../api/models/check-in-count-dto';
import { apiEventsEventIdRegistrationsGet } from '../api/fn/events/api-events-event-id-registrations-get';
import { apiEventsEventIdRegistrationsIdCheckInPost } from '../api/fn/events/api-events-event-id-registrations-id-check-in-post';
import { apiEventsIdGet } from '../api/fn/events/api-events-id-get';
import { CheckInResultDto } from '../api/models/check-in-result-dto';
import { EventRegistrationDto } from '../api/models/event-registration-dto';
import { MarketingEventDto } from '../api/models/marketing-event-dto';
import { messageOf, problemOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { formImports } from '../../../shared/form-imports';
import { TenantTimeService } from '../../../shared/time/tenant-time.service';
import { CheckInOutcome, codeFromScan, deskState, looksLikeCode, normalizeCode, outcomeOf, withUpdated } from './check-in-state';
import { QrScanner, qrScanningAvailable } from './qr-scanner';

const countRefreshMs = 5_000;

/** The check-in desk, made for a phone: one search field (name, phone, e-mail or code), big buttons, optional camera. */
@Component({
  selector: 'app-event-check-in',
  imports: [...formImports, FormsModule, RouterLink, NzTagModule],
  templateUrl: './event-check-in.component.html',
  styleUrls: ['../../../shared/page.css', './event-check-in.component.css'],
})
export class EventCheckInComponent implements OnDestroy {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  private readonly tenantTime = inject(TenantTimeService);
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private scanner: QrScanner | null = null;
  protected readonly event = signal<MarketingEventDto | null>(null);
  protected readonly results = signal<EventRegistrationDto[] | null>(null);
  protected readonly outcome = signal<CheckInOutcome | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly scanning = signal(false);
  protected readonly canScan = qrScanningAvailable();
  /** Checked in / registered, refreshed after each check-in and every few seconds (other desks check people in too). */
  protected readonly count = signal<CheckInCountDto | null>(null);
  private readonly countTimer = setInterval(() => {
    if (document.visibilityState === 'visible') void this.loadCount();
  }, countRefreshMs);
  protected readonly deskState = deskState;
  protected query = '';
  protected code = '';

  constructor() {
    void this.loadEvent();
    void this.loadCount();
  }

  ngOnDestroy(): void {
    this.scanner?.stop();
    clearInterval(this.countTimer);
  }

  protected time(iso: string | null): string {
    return this.tenantTime.format(iso);
  }

  /** A code typed into the search field checks in at once; anything else searches. */
  protected async search(): Promise<void> {
    const query = this.query.trim();
    if (!query) return;
    if (looksLikeCode(query)) {
      await this.checkInByCode(query);
      return;
    }
    this.reset();
    this.busy.set('search');
    try {
      const result = await this.api.invoke(apiEventsEventIdRegistrationsGet, { eventId: this.id, filter: query, maxResultCount: 20 });
      this.results.set(result.items.filter((r) => r.status !== 'Cancelled'));
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(null);
    }
  }

  protected async checkInByCode(raw: string): Promise<void> {
    const code = normalizeCode(raw);
    if (!code) return;
    this.reset();
    this.busy.set('code');
    try {
      this.show(await this.api.invoke(apiEventsEventIdCheckInsPost, { eventId: this.id, body: { code } }));
      this.code = '';
      this.query = '';
    } catch (e) {
      this.error.set(problemOf(e)?.status === 404 ? this.translate.t('checkIn.unknownCode') : messageOf(e));
    } finally {
      this.busy.set(null);
    }
  }

  protected async checkIn(registration: EventRegistrationDto): Promise<void> {
    this.outcome.set(null);
    this.error.set(null);
    this.busy.set(registration.id);
    try {
      const result = await this.api.invoke(apiEventsEventIdRegistrationsIdCheckInPost, { eventId: this.id, id: registration.id });
      this.show(result);
      this.results.update((list) => (list ? withUpdated(list, result.registration) : list));
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(null);
    }
  }

  protected async toggleCamera(): Promise<void> {
    if (this.scanning()) {
      this.scanner?.stop();
      this.scanning.set(false);
      return;
    }
    const video = this.video()?.nativeElement;
    if (!video) return;
    this.scanning.set(true);
    this.scanner = new QrScanner(video, (raw) => {
      this.scanner?.stop();
      this.scanning.set(false);
      void this.checkInByCode(codeFromScan(raw));
    });
    try {
      await this.scanner.start();
    } catch {
      this.scanning.set(false);
      this.error.set(this.translate.t('checkIn.cameraFailed'));
    }
  }

  private show(result: CheckInResultDto): void {
    this.outcome.set(outcomeOf(result));
    void this.loadCount();
  }

  private async loadCount(): Promise<void> {
    try {
      this.count.set(await this.api.invoke(apiEventsEventIdCheckInsCountGet, { eventId: this.id }));
    } catch {
      // the count is a convenience; the desk keeps working without it
    }
  }

  private reset(): void {
    this.outcome.set(null);
    this.error.set(null);
    this.results.set(null);
  }

  private async loadEvent(): Promise<void> {
    try {
      this.event.set(await this.api.invoke(apiEventsIdGet, { id: this.id }));
    } catch (e) {
      this.error.set(problemOf(e)?.status === 404 ? this.translate.t('events.notFound') : messageOf(e));
    }
  }
}
