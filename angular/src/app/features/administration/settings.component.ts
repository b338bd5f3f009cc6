import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { Api } from '../../api/api';
import { apiSettingsGet } from '../../api/fn/settings/api-settings-get';
import { apiSettingsPut } from '../../api/fn/settings/api-settings-put';
import { SettingDto } from '../../api/models/setting-dto';
import { SettingOptionDto } from '../../api/models/setting-option-dto';
import { camelCase } from '../../core/http/api-problem';
import { messageOf, problemOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { CompanyLogoComponent } from './company-logo.component';
import { settingControl } from './setting-control';

/**
 * Company settings, each with the control its type asks for (select, number with its range, switch, text); an
 * empty value falls back to the default.
 */
@Component({
  selector: 'app-settings',
  imports: [FormsModule, NzInputModule, NzSelectModule, NzSwitchModule, NzButtonModule, NzAlertModule, TranslatePipe, CompanyLogoComponent],
  template: `
    <h1>{{ 'menu.settings' | t }}</h1>
    @if (error()) { <nz-alert nzType="error" [nzMessage]="error()!" role="alert" /> }
    @if (saved()) { <nz-alert nzType="success" [nzMessage]="'common.saved' | t" role="status" /> }
    @for (setting of settings(); track setting.name) {
      @let id = 'setting-' + setting.name;
      <div class="field" [attr.data-testid]="id">
        <label [for]="id">{{ setting.displayName }}</label>
        @if (setting.description) { <div class="muted" [id]="id + '-description'">{{ setting.description }}</div> }
        @switch (control(setting)) {
          @case ('select') {
            <nz-select [nzId]="id" [(ngModel)]="values[setting.name]" nzAllowClear [nzShowSearch]="setting.options.length > 10"
              [nzPlaceHolder]="defaultText(setting)" class="control">
              @for (option of setting.options; track option.value) {
                <nz-option [nzValue]="option.value" [nzLabel]="optionLabel(setting, option)" />
              }
            </nz-select>
          }
          @case ('number') {
            <input nz-input type="number" inputmode="numeric" step="1" class="control" [id]="id" [(ngModel)]="values[setting.name]"
              [min]="setting.min" [max]="setting.max" [placeholder]="defaultText(setting)" />
            @if (rangeShown(setting)) {
              <div class="muted">{{ 'settings.range' | t: { min: setting.min, max: setting.max } }}</div>
            }
          }
          @case ('switch') {
            <nz-switch [nzId]="id" [ngModel]="values[setting.name] === 'true'" (ngModelChange)="values[setting.name] = $event ? 'true' : 'false'" />
          }
          @default {
            <input nz-input class="control" [id]="id" [(ngModel)]="values[setting.name]" [placeholder]="defaultText(setting)" />
          }
        }
        @if (fieldError(setting.name); as message) { <div class="field-error" role="alert">{{ message }}</div> }
      </div>
    } @empty {
      <p class="muted">{{ 'common.loading' | t }}</p>
    }
    <button nz-button nzType="primary" (click)="save()" [nzLoading]="busy()" data-testid="save-settings">{{ 'common.save' | t }}</button>
    <app-company-logo />
  `,
  styles: `.field { margin-bottom: 16px; max-width: 480px; } label { display: block; font-weight: 500; } .muted { color: #595959; margin-bottom: 4px; }
    .control { width: 100%; } .field-error { color: #c41d1d; }`,
})
export class SettingsComponent {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  protected readonly settings = signal<SettingDto[]>([]);
  protected readonly errors = signal<Record<string, string[]>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  protected values: Record<string, string | null> = {};
  protected readonly control = settingControl;

  constructor() {
    this.api.invoke(apiSettingsGet).then((list) => this.show(list), (e) => this.error.set(messageOf(e)));
  }

  protected fieldError(name: string): string | null {
    const errors = this.errors();
    return (errors[name] ?? errors[camelCase(name)])?.join(' ') ?? null;
  }

  /** A range worth reading (1 to 12), not a technical bound (1 to 2147483647). */
  protected rangeShown(setting: SettingDto): boolean {
    return setting.min !== null && setting.max !== null && Number(setting.max) < 100_000;
  }

  protected defaultText(setting: SettingDto): string {
    const value = setting.options.find((o) => o.value === setting.defaultValue)?.displayName ?? setting.defaultValue;
    return value ? this.translate.t('settings.default', { value }) : '';
  }

  /** Currencies in the page's language where the browser knows their names. */
  protected optionLabel(setting: SettingDto, option: SettingOptionDto): string {
    if (setting.type !== 'Currency' || typeof Intl.DisplayNames !== 'function') return option.displayName;
    const name = new Intl.DisplayNames([this.translate.language()], { type: 'currency' }).of(option.value);
    return name && name !== option.value ? `${option.value} · ${name}` : option.displayName;
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.errors.set({});
    this.saved.set(false);
    try {
      // An empty field removes the company's value (null), so the default applies again.
      const values = Object.fromEntries(this.settings().map((s) => [s.name, `${this.values[s.name] ?? ''}`.trim() || null]));
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
    this.values = Object.fromEntries(list.map((s) => [s.name, s.value ?? null]));
  }
}
