import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { Api } from '../../api/api';
import { apiNotificationsPreferencesGet } from '../../api/fn/notifications/api-notifications-preferences-get';
import { apiNotificationsPreferencesPut } from '../../api/fn/notifications/api-notifications-preferences-put';
import { NotificationKindPreferenceDto } from '../../api/models/notification-kind-preference-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** Which notification kinds also go by e-mail (GET/PUT /api/notifications/preferences); every kind always shows under the bell. */
@Component({
  selector: 'app-notification-preferences',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzCheckboxModule, TranslatePipe],
  templateUrl: './notification-preferences.component.html',
  styleUrls: ['../../shared/page.css', './notification-preferences.component.css'],
})
export class NotificationPreferencesComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  protected readonly kinds = signal<NotificationKindPreferenceDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected readonly hasEmail = computed(() => !!this.config.config()?.currentUser.email);

  constructor() {
    void this.load();
  }

  protected toggle(kind: NotificationKindPreferenceDto, email: boolean): void {
    this.saved.set(false);
    this.kinds.update((list) => (list ?? []).map((k) => (k.kind === kind.kind ? { ...k, email } : k)));
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.saved.set(false);
    this.busy.set(true);
    try {
      const emailKinds = (this.kinds() ?? []).filter((k) => k.email).map((k) => k.kind);
      const result = await this.api.invoke(apiNotificationsPreferencesPut, { body: { emailKinds } });
      this.kinds.set(result.kinds);
      this.saved.set(true);
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.kinds.set((await this.api.invoke(apiNotificationsPreferencesGet)).kinds);
    } catch (e) {
      this.error.set(messageOf(e));
      this.kinds.set([]);
    }
  }
}
