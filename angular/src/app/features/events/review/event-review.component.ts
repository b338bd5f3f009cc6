import { Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormArray, FormBuilder, FormGroup, Validators } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../../api/api';
import { apiEventsIdReviewGet } from '../api/fn/events/api-events-id-review-get';
import { apiEventsIdReviewPut } from '../api/fn/events/api-events-id-review-put';
import { apiIdentityUsersGet } from '../../../api/fn/users/api-identity-users-get';
import { EventReviewDto } from '../api/models/event-review-dto';
import { MarketingEventDto } from '../api/models/marketing-event-dto';
import { AppConfigService } from '../../../core/config/app-config.service';
import { messageOf, problemOf } from '../../../core/forms/server-errors';
import { TranslateService } from '../../../core/i18n/translate.service';
import { personName } from '../../../shared/people/person-name';
import { formImports } from '../../../shared/form-imports';
import { TenantTimeService } from '../../../shared/time/tenant-time.service';
import { applyEventServerErrors } from '../event-errors';
import { reviewDueDays, reviewDueDaysSetting, reviewDueState, reviewDueTime } from './review-due';
import { touchAll } from '../../../core/forms/touch-all';

interface Person {
  id: string;
  name: string;
}

/** The review tab (复盘): goal attainment, resource efficiency, feedback and the 《效能优化清单》 improvement items. */
@Component({
  selector: 'app-event-review',
  imports: [...formImports, NzSelectModule],
  templateUrl: './event-review.component.html',
  styleUrls: ['../../../shared/page.css', '../events.css'],
})
export class EventReviewComponent implements OnInit {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  private readonly tenantTime = inject(TenantTimeService);
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly event = input.required<MarketingEventDto>();
  protected readonly review = signal<EventReviewDto | null>(null);
  protected readonly people = signal<Person[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly stale = signal(false);
  protected readonly busy = signal(false);
  protected readonly canWrite = computed(() => this.config.isGranted('Events.MarketingEvents.Manage'));
  protected readonly dueTime = computed(
    () => this.review()?.dueTime ?? reviewDueTime(this.event().endTime, reviewDueDays(this.config.setting(reviewDueDaysSetting))),
  );
  protected readonly dueState = computed(() => reviewDueState(this.event().endTime, this.dueTime(), this.review() !== null, new Date()));
  protected readonly form = this.fb.group({
    goalAttainment: ['', [Validators.required, Validators.maxLength(4000)]],
    resourceEfficiency: ['', [Validators.required, Validators.maxLength(4000)]],
    feedback: ['', Validators.maxLength(4000)],
    improvements: this.fb.array<FormGroup>([]),
  });

  get improvements(): FormArray<FormGroup> {
    return this.form.controls.improvements;
  }

  ngOnInit(): void {
    void this.loadPeople();
    void this.load();
  }

  protected time(iso: string): string {
    return this.tenantTime.format(iso);
  }

  protected addImprovement(item?: { description: string; ownerUserId: string | null; dueDate: string | null }): void {
    this.improvements.push(
      this.fb.group({
        description: [item?.description ?? '', [Validators.required, Validators.maxLength(500)]],
        ownerUserId: [item?.ownerUserId ?? this.config.config()?.currentUser.id ?? '', Validators.required],
        dueDate: [item?.dueDate ?? '', Validators.required],
      }),
    );
  }

  protected removeImprovement(index: number): void {
    this.improvements.removeAt(index);
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    this.saved.set(false);
    this.stale.set(false);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    try {
      const review = await this.api.invoke(apiEventsIdReviewPut, {
        id: this.event().id,
        body: {
          goalAttainment: value.goalAttainment,
          resourceEfficiency: value.resourceEfficiency,
          feedback: value.feedback || null,
          improvements: value.improvements.map((i) => ({ description: i['description'], ownerUserId: i['ownerUserId'] || null, dueDate: i['dueDate'] || null })),
          concurrencyStamp: this.review()?.concurrencyStamp ?? null,
        },
      });
      this.review.set(review);
      this.saved.set(true);
    } catch (e) {
      if (problemOf(e)?.status === 409) this.stale.set(true);
      else this.error.set(applyEventServerErrors(this.form, e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async load(): Promise<void> {
    this.stale.set(false);
    try {
      const review = await this.api.invoke(apiEventsIdReviewGet, { id: this.event().id });
      this.review.set(review);
      this.form.patchValue({ goalAttainment: review.goalAttainment, resourceEfficiency: review.resourceEfficiency, feedback: review.feedback ?? '' });
      this.improvements.clear();
      for (const item of review.improvements) this.addImprovement({ description: item.description, ownerUserId: item.ownerUserId, dueDate: item.dueDate.slice(0, 10) });
    } catch (e) {
      if (problemOf(e)?.status !== 404) this.error.set(messageOf(e));
    }
  }

  /** Owners are users of the company; without the user list permission only oneself can be chosen. */
  private async loadPeople(): Promise<void> {
    const me = this.config.config()?.currentUser;
    const self: Person[] = me?.id ? [{ id: me.id, name: this.config.displayName() || me.id }] : [];
    if (!this.config.isGranted('Identity.Users')) {
      this.people.set(self);
      return;
    }
    try {
      const users = await this.api.invoke(apiIdentityUsersGet, { maxResultCount: 1000 });
      this.people.set(users.items.filter((u) => u.isActive).map((u) => ({ id: u.id, name: personName(u, this.translate.language()) || u.userName })));
    } catch {
      this.people.set(self);
    }
  }
}
