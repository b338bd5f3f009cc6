import { Component, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { Api } from '../../../api/api';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TenantTimeService } from '../../../shared/time/tenant-time.service';
import { apiPublicEventsTenantEventIdGet } from '../api/fn/events/api-public-events-tenant-event-id-get';
import { PublicEventDto } from '../api/models/public-event-dto';
import { QrPath, qrPath } from './qr-path';
import { publicLogoUrl } from '../public-registration/public-logo';

/**
 * A printable A4 poster for an event's registration page (/register/{companySlug}/{eventId}/poster): the company's logo,
 * the event, and a QR code of the registration link. Public like the page it points to, so anyone can print it.
 */
@Component({
  selector: 'app-registration-poster',
  imports: [TranslatePipe],
  templateUrl: './registration-poster.component.html',
  styleUrl: './registration-poster.component.css',
})
export class RegistrationPosterComponent {
  private readonly api = inject(Api);
  private readonly tenantTime = inject(TenantTimeService);
  private readonly route = inject(ActivatedRoute).snapshot;
  private readonly tenant = this.route.paramMap.get('tenantSlug') ?? '';
  private readonly eventId = this.route.paramMap.get('eventId') ?? '';
  protected readonly registrationUrl = new URL(
    `register/${encodeURIComponent(this.tenant)}/${encodeURIComponent(this.eventId)}`,
    document.baseURI,
  ).href;
  protected readonly logoUrl = publicLogoUrl(this.tenant);
  protected readonly logoMissing = signal(false);
  protected readonly event = signal<PublicEventDto | null>(null);
  protected readonly qr = signal<QrPath | null>(null);
  protected readonly state = signal<'loading' | 'ready' | 'notFound'>('loading');

  constructor() {
    void this.load();
  }

  protected time(iso: string): string {
    return this.tenantTime.format(iso);
  }

  protected print(): void {
    window.print();
  }

  private async load(): Promise<void> {
    try {
      const [event, qr] = await Promise.all([
        this.api.invoke(apiPublicEventsTenantEventIdGet, { __tenant: this.tenant, eventId: this.eventId }),
        qrPath(this.registrationUrl),
      ]);
      this.event.set(event);
      this.qr.set(qr);
      this.state.set('ready');
    } catch {
      this.state.set('notFound');
    }
  }
}
