import { Component, computed, inject, signal } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiBackgroundJobsGet } from '../../api/fn/background-jobs/api-background-jobs-get';
import { apiBackgroundJobsIdDelete } from '../../api/fn/background-jobs/api-background-jobs-id-delete';
import { apiBackgroundJobsIdGet } from '../../api/fn/background-jobs/api-background-jobs-id-get';
import { apiBackgroundJobsIdRetryPost } from '../../api/fn/background-jobs/api-background-jobs-id-retry-post';
import { BackgroundJobDetailsDto } from '../../api/models/background-job-details-dto';
import { BackgroundJobDto } from '../../api/models/background-job-dto';
import { BackgroundJobState } from '../../api/models/background-job-state';
import { AppConfigService } from '../../core/config/app-config.service';
import { messageOf } from '../../core/forms/server-errors';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { jobActions, jobStateColors, jobStates } from './job-actions';

const pageSize = 20;

/** The job queue for admins (a company admin sees the company's jobs, a host operator all): filter by state, inspect, retry, delete. */
@Component({
  selector: 'app-background-jobs',
  imports: [...formImports, NzTagModule],
  templateUrl: './background-jobs.component.html',
  styleUrls: ['../../shared/page.css', './background-jobs.component.css'],
})
export class BackgroundJobsComponent {
  private readonly api = inject(Api);
  protected readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  protected readonly states = jobStates;
  protected readonly colors = jobStateColors;
  protected readonly time = inject(TenantTimeService).format;
  protected readonly canManage = computed(() => this.config.isGranted('BackgroundJobs.Jobs.Manage'));
  protected readonly state = signal<BackgroundJobState | null>('Dead');
  protected readonly jobs = signal<BackgroundJobDto[] | null>(null);
  protected readonly total = signal(0);
  protected readonly open = signal<BackgroundJobDetailsDto | null>(null);
  protected readonly confirmDelete = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected actions(job: BackgroundJobDto | BackgroundJobDetailsDto) {
    return jobActions(job, this.canManage());
  }

  protected filter(state: BackgroundJobState | null): void {
    this.state.set(state);
    this.open.set(null);
    void this.load();
  }

  protected async load(more = false): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      const skipCount = more ? (this.jobs()?.length ?? 0) : 0;
      const page = await this.api.invoke(apiBackgroundJobsGet, { state: this.state() ?? undefined, skipCount, maxResultCount: pageSize });
      this.jobs.set(more ? [...(this.jobs() ?? []), ...page.items] : page.items);
      this.total.set(Number(page.totalCount));
    } catch (e) {
      this.error.set(messageOf(e));
      this.jobs.set(this.jobs() ?? []);
    } finally {
      this.busy.set(false);
    }
  }

  protected async inspect(job: BackgroundJobDto): Promise<void> {
    if (this.open()?.id === job.id) {
      this.open.set(null);
      return;
    }
    try {
      this.open.set(await this.api.invoke(apiBackgroundJobsIdGet, { id: job.id }));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected async retry(job: BackgroundJobDto): Promise<void> {
    this.error.set(null);
    try {
      const revived = await this.api.invoke(apiBackgroundJobsIdRetryPost, { id: job.id });
      this.notice.set(this.translate.t('jobs.retried', { name: job.jobName }));
      this.replace(revived);
      if (this.open()?.id === job.id) this.open.set(revived);
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  protected async remove(job: BackgroundJobDto): Promise<void> {
    this.error.set(null);
    this.confirmDelete.set(null);
    try {
      await this.api.invoke(apiBackgroundJobsIdDelete, { id: job.id });
      this.jobs.update((list) => (list ?? []).filter((j) => j.id !== job.id));
      this.total.update((n) => n - 1);
      if (this.open()?.id === job.id) this.open.set(null);
      this.notice.set(this.translate.t('jobs.deleted', { name: job.jobName }));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  /** A retried job leaves the Dead/Failed filter. */
  private replace(job: BackgroundJobDetailsDto): void {
    const state = this.state();
    this.jobs.update((list) => (list ?? []).flatMap((j) => (j.id !== job.id ? [j] : state && job.state !== state ? [] : [job])));
    if (state && job.state !== state) this.total.update((n) => n - 1);
  }
}
