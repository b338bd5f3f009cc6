import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { apiEventsTemplatesGet } from './api/fn/events/api-events-templates-get';
import { apiEventsTemplatesIdEventsPost } from './api/fn/events/api-events-templates-id-events-post';
import { EventTemplateDto } from './api/models/event-template-dto';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { formImports } from '../../shared/form-imports';
import { localInputToUtc } from './event-form';
import { EventTemplatePlanComponent } from './event-template-plan.component';

/** "New event from template": choose a template (its plan is shown), give the new event its name and dates; it starts as a draft. */
@Component({
  selector: 'app-event-from-template',
  imports: [...formImports, RouterLink, NzSelectModule, EventTemplatePlanComponent],
  templateUrl: './event-from-template.component.html',
  styleUrls: ['../../shared/page.css', './events.css'],
})
export class EventFromTemplateComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly templates = signal<EventTemplateDto[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    templateId: [inject(ActivatedRoute).snapshot.queryParamMap.get('template') ?? '', Validators.required],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    startTime: ['', Validators.required],
    endTime: ['', Validators.required],
  });
  private readonly templateId = toSignal(this.form.controls.templateId.valueChanges, { initialValue: this.form.controls.templateId.value });
  /** The chosen template, whose plan the new event gets. */
  protected readonly chosen = computed(() => this.templates()?.find((t) => t.id === this.templateId()) ?? null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.templates.set((await this.api.invoke(apiEventsTemplatesGet, { maxResultCount: 1000 })).items);
    } catch (e) {
      this.templates.set([]);
      this.error.set(messageOf(e));
    }
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      Object.values(this.form.controls).forEach((c) => {
        c.markAsTouched();
        c.updateValueAndValidity();
      });
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    try {
      const created = await this.api.invoke(apiEventsTemplatesIdEventsPost, {
        id: value.templateId,
        body: { name: value.name, startTime: localInputToUtc(value.startTime), endTime: localInputToUtc(value.endTime) },
      });
      await this.router.navigate(['/events', created.id]);
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }
}
