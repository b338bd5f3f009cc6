import { Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, FormsModule, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { Api } from '../../api/api';
import { apiHostEditionsGet } from '../../api/fn/editions/api-host-editions-get';
import { apiHostEditionsIdDelete } from '../../api/fn/editions/api-host-editions-id-delete';
import { apiHostEditionsIdFeaturesGet } from '../../api/fn/editions/api-host-editions-id-features-get';
import { apiHostEditionsIdFeaturesPut } from '../../api/fn/editions/api-host-editions-id-features-put';
import { apiHostEditionsIdPut } from '../../api/fn/editions/api-host-editions-id-put';
import { apiHostEditionsPost } from '../../api/fn/editions/api-host-editions-post';
import { EditionDto } from '../../api/models/edition-dto';
import { EditionFeatureDto } from '../../api/models/edition-feature-dto';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { effectiveValue, isSwitch, toFeatureValues } from './edition-features';
import { touchAll } from '../../core/forms/touch-all';

/** Host admin: editions (plans) and the features (modules, limits) each one turns on. */
@Component({
  selector: 'app-editions',
  imports: [...formImports, FormsModule, NzCheckboxModule],
  templateUrl: './editions.component.html',
  styleUrls: ['../../shared/page.css', './editions.component.css'],
})
export class EditionsComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  protected readonly canManage = computed(() => this.config.isGranted('Host.Editions.Manage'));
  protected readonly editions = signal<EditionDto[] | null>(null);
  protected readonly selected = signal<EditionDto | null>(null);
  protected readonly features = signal<EditionFeatureDto[]>([]);
  protected values: Record<string, string> = {};
  protected renameTo = '';
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly confirmDelete = signal(false);
  protected readonly busy = signal(false);
  protected readonly isSwitch = isSwitch;
  protected readonly form = inject(FormBuilder).nonNullable.group({ name: ['', [Validators.required, Validators.maxLength(64)]] });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.editions.set((await this.api.invoke(apiHostEditionsGet, { maxResultCount: 100 })).items);
    } catch (e) {
      this.error.set(messageOf(e));
      this.editions.set([]);
    }
  }

  protected async select(edition: EditionDto): Promise<void> {
    this.selected.set(edition);
    this.renameTo = edition.name;
    this.confirmDelete.set(false);
    this.notice.set(null);
    this.error.set(null);
    try {
      const features = await this.api.invoke(apiHostEditionsIdFeaturesGet, { id: edition.id });
      this.features.set(features);
      this.values = Object.fromEntries(features.map((f) => [f.name, effectiveValue(f)]));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected featureName(name: string): string {
    const key = `feature.${name}`;
    const text = this.translate.t(key);
    return text === key ? name : text;
  }

  protected toggle(name: string, on: boolean): void {
    this.values[name] = on ? 'true' : 'false';
  }

  protected async create(): Promise<void> {
    this.formError.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const edition = await this.api.invoke(apiHostEditionsPost, { body: this.form.getRawValue() });
      this.form.reset();
      await this.load();
      await this.select(edition);
    } catch (e) {
      this.formError.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async save(): Promise<void> {
    const edition = this.selected();
    if (!edition) return;
    await this.run(async () => {
      let current = edition;
      if (this.renameTo.trim() && this.renameTo.trim() !== edition.name) {
        current = await this.api.invoke(apiHostEditionsIdPut, { id: edition.id, body: { name: this.renameTo.trim(), concurrencyStamp: edition.concurrencyStamp } });
        this.selected.set(current);
        this.editions.update((list) => (list ?? []).map((e) => (e.id === current.id ? current : e)));
      }
      this.features.set(await this.api.invoke(apiHostEditionsIdFeaturesPut, { id: edition.id, body: { features: toFeatureValues(this.features(), this.values) } }));
      this.notice.set(this.translate.t('common.saved'));
    });
  }

  protected async remove(): Promise<void> {
    const edition = this.selected();
    if (!edition) return;
    await this.run(async () => {
      await this.api.invoke(apiHostEditionsIdDelete, { id: edition.id });
      this.selected.set(null);
      this.editions.update((list) => (list ?? []).filter((e) => e.id !== edition.id));
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.confirmDelete.set(false);
    try {
      await action();
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
