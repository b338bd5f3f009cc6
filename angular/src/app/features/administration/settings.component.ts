import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { Api } from '../../api/api';
import { apiSettingsGet } from '../../api/fn/settings/api-settings-get';
import { apiSettingsPut } from '../../api/fn/settings/api-settings-put';
import { SettingDto } from '../../api/models/setting-dto';
import { camelCase } from '../../core/http/api-problem';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { CompanyLogoComponent } from './company-logo.component';

/** Company settings (currency, time zone, culture, ...): an empty field falls back to the default. */
@Component({
  selector: 'app-settings',
  imports: [FormsModule, NzInputModule, NzButtonModule, NzAlertModule, TranslatePipe, CompanyLogoComponent],
  template: `
    <h1>{{ 'menu.settings' | t }}</h1>
    @if (error()) { <nz-alert nzType="error" [nzMessage]="error()!" role="alert" /> }
    @if (saved()) { <nz-alert nzType="success" [nzMessage]="'common.saved' | t" role="status" /> }
    @for (setting of settings(); track setting.name) {
      <div class="field">
        <label [for]="'setting-' + $index">{{ setting.displayName }} <span class="muted">({{ setting.name }})</span></label>
        <input nz-input [id]="'setting-' + $index" [(ngModel)]="values[setting.name]" [placeholder]="setting.defaultValue ?? ''" />
        @if (fieldError(setting.name); as message) { <div class="field-error">{{ message }}</div> }
      </div>
    } @empty {
      <p class="muted">{{ 'common.loading' | t }}</p>
    }
    <button nz-button nzType="primary" (click)="save()" [nzLoading]="busy()">{{ 'common.save' | t }}</button>
    <app-company-logo />
  `,
  styles: `.field { margin-bottom: 12px; max-width: 480px; } label { display: block; margin-bottom: 4px; } .muted { color: #595959; } .field-error { color: #c41d1d; }`,
})
export class SettingsComponent {
  private readonly api = inject(Api);
  protected readonly settings = signal<SettingDto[]>([]);
  protected readonly errors = signal<Record<string, string[]>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected values: Record<string, string> = {};

  constructor() {
    this.api.invoke(apiSettingsGet).then((list) => this.show(list), (e) => this.error.set(messageOf(e)));
  }

  protected fieldError(name: string): string | null {
    const errors = this.errors();
    return (errors[name] ?? errors[camelCase(name)])?.join(' ') ?? null;
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.errors.set({});
    this.saved.set(false);
    try {
      // An empty field removes the company's value (null), so the default applies again.
      const values = Object.fromEntries(this.settings().map((s) => [s.name, this.values[s.name]?.trim() || null]));
      this.show(await this.api.invoke(apiSettingsPut, { body: { values: values as Record<string, string> } }));
      this.saved.set(true);
    } catch (e) {
      this.errors.set(problemOf(e)?.errors ?? {});
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }

  private show(list: SettingDto[]): void {
    this.settings.set(list);
    this.values = Object.fromEntries(list.map((s) => [s.name, s.value ?? '']));
  }
}
