import { Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { Api } from '../../../api/api';
import { apiPublicEventsTenantEventIdGet } from '../api/fn/events/api-public-events-tenant-event-id-get';
import { apiPublicEventsTenantEventIdRegistrationsCodeGet } from '../api/fn/events/api-public-events-tenant-event-id-registrations-code-get';
import { apiPublicEventsTenantEventIdRegistrationsCodeQrSvgGet } from '../api/fn/events/api-public-events-tenant-event-id-registrations-code-qr-svg-get';
import { apiPublicEventsTenantEventIdRegistrationsPost } from '../api/fn/events/api-public-events-tenant-event-id-registrations-post';
import { PublicEventDto } from '../api/models/public-event-dto';
import { PublicRegistrationDto } from '../api/models/public-registration-dto';
import { applyServerErrors, problemOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { formImports } from '../../../shared/form-imports';
import { TenantTimeService } from '../../../shared/time/tenant-time.service';
import { LanguageLinksComponent } from '../../account/language-links.component';
import { utmFromQuery } from './utm';
import { touchAll } from '../../../core/forms/touch-all';
import { publicLogoUrl } from './public-logo';

/** Codes of the public API that concern one field of the form. */
const fieldOfCode: Readonly<Record<string, string>> = { 'Events:AlreadyRegistered': 'email' };

/**
 * The public registration page (no sign-in): /register/{companySlug}/{eventId}, optionally with the registrant's
 * code (the check-in link the API returns). UTM parameters of the link go into the registration.
 */
@Component({
  selector: 'app-public-registration',
  imports: [...formImports, LanguageLinksComponent],
  templateUrl: './public-registration.component.html',
  styleUrl: './public-registration.component.css',
})
export class PublicRegistrationComponent {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  private readonly tenantTime = inject(TenantTimeService);
  private readonly route = inject(ActivatedRoute).snapshot;
  private readonly tenant = this.route.paramMap.get('tenantSlug') ?? '';
  private readonly eventId = this.route.paramMap.get('eventId') ?? '';
  private readonly utm = utmFromQuery(this.route.queryParams);
  protected readonly event = signal<PublicEventDto | null>(null);
  protected readonly state = signal<'loading' | 'ready' | 'notFound' | 'failed'>('loading');
  protected readonly registration = signal<PublicRegistrationDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly logoUrl = publicLogoUrl(this.tenant);
  protected readonly logoMissing = signal(false);
  protected readonly full = computed(() => Number(this.event()?.seatsLeft ?? 1) <= 0);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(128)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(256)]],
    phone: ['', Validators.maxLength(32)],
    company: ['', Validators.maxLength(128)],
  });

  constructor() {
    void this.load(this.route.paramMap.get('code'));
  }

  protected time(iso: string): string {
    return this.tenantTime.format(iso);
  }

  protected qrUrl(code: string): string {
    return apiPublicEventsTenantEventIdRegistrationsCodeQrSvgGet.PATH
      .replace('{__tenant}', encodeURIComponent(this.tenant))
      .replace('{eventId}', encodeURIComponent(this.eventId))
      .replace('{code}', encodeURIComponent(code));
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    try {
      const registration = await this.api.invoke(apiPublicEventsTenantEventIdRegistrationsPost, {
        __tenant: this.tenant,
        eventId: this.eventId,
        body: { name: value.name, email: value.email, phone: value.phone || null, company: value.company || null, ...this.utm },
      });
      this.registration.set(registration);
    } catch (e) {
      const problem = problemOf(e);
      const field = problem?.code ? fieldOfCode[problem.code] : undefined;
      const control = field ? this.form.get(field) : null;
      if (problem && control) {
        control.setErrors({ server: problem.title });
        control.markAsTouched();
      } else {
        this.error.set(applyServerErrors(this.form, e));
      }
    } finally {
      this.busy.set(false);
    }
  }

  private async load(code: string | null): Promise<void> {
    try {
      this.event.set(await this.api.invoke(apiPublicEventsTenantEventIdGet, { __tenant: this.tenant, eventId: this.eventId }));
      if (code) {
        this.registration.set(await this.api.invoke(apiPublicEventsTenantEventIdRegistrationsCodeGet, { __tenant: this.tenant, eventId: this.eventId, code }));
      }
      this.state.set('ready');
    } catch (e) {
      const status = problemOf(e)?.status;
      // Unknown company, unknown or unpublished event, module switched off: all look the same to a visitor.
      this.state.set(status === 404 || status === 403 || status === 400 ? 'notFound' : 'failed');
    }
  }
}
