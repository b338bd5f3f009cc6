import { Component, OnDestroy, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiTextTemplatesGet } from '../../api/fn/text-templates/api-text-templates-get';
import { apiTextTemplatesNameCultureDelete } from '../../api/fn/text-templates/api-text-templates-name-culture-delete';
import { apiTextTemplatesNameCultureGet } from '../../api/fn/text-templates/api-text-templates-name-culture-get';
import { apiTextTemplatesNameCulturePreviewPost } from '../../api/fn/text-templates/api-text-templates-name-culture-preview-post';
import { apiTextTemplatesNameCulturePut } from '../../api/fn/text-templates/api-text-templates-name-culture-put';
import { TextTemplateContentDto } from '../../api/models/text-template-content-dto';
import { TextTemplateDto } from '../../api/models/text-template-dto';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { TemplateError, offsetOf, templateErrorOf } from './template-error';

const cultures = ['zh-Hans', 'en'] as const;
const previewDelayMs = 400;

/**
 * The company's text templates: pick one and a language, edit the company's own text with a preview the server
 * renders from sample data (debounced), save it, or reset it to the default.
 */
@Component({
  selector: 'app-text-templates',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputModule, NzTagModule, TranslatePipe],
  templateUrl: './text-templates.component.html',
  styleUrls: ['../../shared/page.css', './text-templates.component.css'],
})
export class TextTemplatesComponent implements OnDestroy {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  protected readonly cultures = cultures;
  protected readonly templates = signal<TextTemplateDto[] | null>(null);
  protected readonly name = signal('');
  protected readonly culture = signal<string>(this.translate.language() === 'en' ? 'en' : 'zh-Hans');
  protected readonly loaded = signal<TextTemplateContentDto | null>(null);
  protected readonly content = signal('');
  protected readonly preview = signal<string | null>(null);
  protected readonly contentError = signal<TemplateError | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirmingReset = signal(false);
  protected readonly changed = computed(() => this.loaded() !== null && this.content() !== this.loaded()!.content);
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewRequest = 0;

  constructor() {
    void this.loadList();
  }

  ngOnDestroy(): void {
    clearTimeout(this.previewTimer);
  }

  protected isOverridden(template: TextTemplateDto, culture: string): boolean {
    return template.overriddenCultures.includes(culture);
  }

  protected async choose(name: string, culture: string): Promise<void> {
    this.name.set(name);
    this.culture.set(culture);
    this.status.set(null);
    this.confirmingReset.set(false);
    if (!name) return;
    await this.run(async () => {
      this.show(await this.api.invoke(apiTextTemplatesNameCultureGet, { name, culture }));
    });
  }

  protected edit(content: string): void {
    this.content.set(content);
    this.status.set(null);
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.renderPreview(), previewDelayMs);
  }

  protected async save(): Promise<void> {
    await this.run(async () => {
      const saved = await this.api.invoke(apiTextTemplatesNameCulturePut, { name: this.name(), culture: this.culture(), body: { content: this.content() } });
      this.show(saved);
      this.status.set(this.translate.t('textTemplates.saved'));
      await this.loadList();
    });
  }

  protected async reset(): Promise<void> {
    this.confirmingReset.set(false);
    await this.run(async () => {
      this.show(await this.api.invoke(apiTextTemplatesNameCultureDelete, { name: this.name(), culture: this.culture() }));
      this.status.set(this.translate.t('textTemplates.resetDone'));
      await this.loadList();
    });
  }

  /** Puts the caret on the error's line and column. */
  protected goToError(editor: HTMLTextAreaElement): void {
    const error = this.contentError();
    if (error?.line == null) return;
    const offset = offsetOf(this.content(), error.line, error.column ?? 1);
    editor.focus();
    editor.setSelectionRange(offset, offset);
  }

  private show(content: TextTemplateContentDto): void {
    this.loaded.set(content);
    this.content.set(content.content);
    void this.renderPreview();
  }

  private async renderPreview(): Promise<void> {
    const request = ++this.previewRequest;
    const name = this.name();
    const culture = this.culture();
    try {
      const result = await this.api.invoke(apiTextTemplatesNameCulturePreviewPost, { name, culture, body: { content: this.content() } });
      if (request !== this.previewRequest) return;
      this.preview.set(result.output);
      this.contentError.set(null);
    } catch (e) {
      if (request !== this.previewRequest) return;
      this.contentError.set(templateErrorOf(e) ?? { message: messageOf(e), line: null, column: null });
    }
  }

  private async loadList(): Promise<void> {
    try {
      this.templates.set(await this.api.invoke(apiTextTemplatesGet, {}));
    } catch (e) {
      this.error.set(messageOf(e));
      this.templates.set(this.templates() ?? []);
    }
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      await action();
    } catch (e) {
      const contentError = templateErrorOf(e);
      if (contentError?.line != null) this.contentError.set(contentError);
      else this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
