import { Injectable, computed, inject } from '@angular/core';
import { AppConfigService } from '../../core/config/app-config.service';
import { TranslateService } from '../../core/i18n/translate.service';
import { formatInstant, formatRelative } from './zoned-time';

/** The company's time zone setting (visible to clients in the application configuration). */
export const timeZoneSetting = 'Platform.TimeZone';

/** Times in the company's time zone and the user's language; templates read the signals, so a language switch re-renders. */
@Injectable({ providedIn: 'root' })
export class TenantTimeService {
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  readonly timeZone = computed(() => this.config.setting(timeZoneSetting));

  readonly format = (iso: string | null | undefined): string => formatInstant(iso, this.translate.language(), this.timeZone());

  readonly relative = (iso: string | null | undefined, now: Date = new Date()): string => formatRelative(iso, now, this.translate.language());
}
