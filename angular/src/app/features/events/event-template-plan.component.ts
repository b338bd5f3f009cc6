import { Component, inject, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { EventTemplateDto } from './api/models/event-template-dto';
import { TranslateService } from '../../core/i18n/translate.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { raciSummary, relativeDay, relativeDays } from './template-plan';

/** The plan a template carries (tasks with RACI, milestones, risks), its days counted from the event's start day. */
@Component({
  selector: 'app-event-template-plan',
  imports: [TranslatePipe, NzTagModule],
  templateUrl: './event-template-plan.component.html',
  styleUrls: ['../../shared/page.css', './events.css'],
})
export class EventTemplatePlanComponent {
  private readonly translate = inject(TranslateService);
  readonly template = input.required<EventTemplateDto>();

  private readonly t = (key: string, params?: Record<string, string | number>) => this.translate.t(key, params);

  protected days(start: number | string, end: number | string): string {
    return relativeDays(start, end, this.t);
  }

  protected day(offset: number | string): string {
    return relativeDay(offset, this.t);
  }

  protected raci(task: EventTemplateDto['tasks'][number]): string {
    return raciSummary(task.raci, this.t);
  }
}
