import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Api } from '../../api/api';
import { apiAuditLogsGet } from '../../api/fn/audit-logs/api-audit-logs-get';
import { EntityChangeLogDto } from '../../api/models/entity-change-log-dto';
import { EntityChangeType } from '../../api/models/entity-change-type';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { TenantTimeService } from '../../shared/time/tenant-time.service';

const pageSize = 20;
const colors: Record<EntityChangeType, string> = { Created: 'green', Updated: 'blue', Deleted: 'red' };

/** Who changed what and when (entity change log), newest first, with the changed properties. */
@Component({
  selector: 'app-audit-logs',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzInputModule, NzTagModule, TranslatePipe],
  templateUrl: './audit-logs.component.html',
  styleUrls: ['../../shared/page.css', './audit-logs.component.css'],
})
export class AuditLogsComponent {
  private readonly api = inject(Api);
  protected readonly translate = inject(TranslateService);
  protected readonly colors = colors;
  protected readonly time = inject(TenantTimeService).format;
  protected readonly entries = signal<EntityChangeLogDto[] | null>(null);
  protected readonly total = signal(0);
  protected readonly expanded = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected filter = '';
  protected entityType = '';

  constructor() {
    void this.load();
  }

  /** "MarketingSaaS.Approvals.ApprovalPolicy" → "ApprovalPolicy". */
  protected shortType(type: string): string {
    return type.slice(type.lastIndexOf('.') + 1);
  }

  protected async load(more = false): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      const page = await this.api.invoke(apiAuditLogsGet, {
        filter: this.filter.trim() || undefined,
        entityType: this.entityType.trim() || undefined,
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
}
