import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiAuditLogsFilterOptionsGet } from '../../api/fn/audit-logs/api-audit-logs-filter-options-get';
import { apiAuditLogsGet } from '../../api/fn/audit-logs/api-audit-logs-get';
import { AuditLogFilterOptionsDto } from '../../api/models/audit-log-filter-options-dto';
import { EntityChangeLogDto } from '../../api/models/entity-change-log-dto';
import { EntityChangeType } from '../../api/models/entity-change-type';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { dayRangeToUtc } from './audit-filter';

const pageSize = 20;
const colors: Record<EntityChangeType, string> = { Created: 'green', Updated: 'blue', Deleted: 'red' };

/**
 * Who changed what and when, newest first: people and entities by name, old → new per property. Filters (person,
 * entity type, days in the company's time zone, text) and paging run on the server; the choices come from the API.
 */
@Component({
  selector: 'app-audit-logs',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputModule, NzTagModule, TranslatePipe],
  templateUrl: './audit-logs.component.html',
  styleUrls: ['../../shared/page.css', './audit-logs.component.css'],
})
export class AuditLogsComponent {
  private readonly api = inject(Api);
  private readonly zone = inject(TenantTimeService).timeZone;
  protected readonly colors = colors;
  protected readonly time = inject(TenantTimeService).format;
  protected readonly options = signal<AuditLogFilterOptionsDto>({ people: [], entityTypes: [] });
  protected readonly entries = signal<EntityChangeLogDto[] | null>(null);
  protected readonly total = signal(0);
  protected readonly expanded = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected filter = '';
  protected userId = '';
  protected entityType = '';
  protected from = '';
  protected to = '';

  constructor() {
    void this.loadOptions();
    void this.load();
  }

  protected clear(): void {
    this.filter = this.userId = this.entityType = this.from = this.to = '';
    void this.load();
  }

  protected async load(more = false): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      const range = dayRangeToUtc(this.from, this.to, this.zone() ?? 'Asia/Shanghai');
      const page = await this.api.invoke(apiAuditLogsGet, {
        filter: this.filter.trim() || undefined,
        userId: this.userId || undefined,
        entityType: this.entityType || undefined,
        from: range.from,
        to: range.to,
        skipCount: more ? (this.entries()?.length ?? 0) : 0,
        maxResultCount: pageSize,
      });
      this.entries.set(more ? [...(this.entries() ?? []), ...page.items] : page.items);
      this.total.set(Number(page.totalCount));
    } catch (e) {
      this.error.set(messageOf(e));
      this.entries.set(this.entries() ?? []);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadOptions(): Promise<void> {
    try {
      this.options.set(await this.api.invoke(apiAuditLogsFilterOptionsGet, {}));
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }
}
