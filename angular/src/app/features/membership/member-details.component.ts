import { Component, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors, messageOf } from '../../core/forms/server-errors';
import { touchAll } from '../../core/forms/touch-all';
import { TranslateService } from '../../core/i18n/translate.service';
import { formImports } from '../../shared/form-imports';
import { formatMoney } from '../../shared/format';
import { TenantTimeService } from '../../shared/time/tenant-time.service';
import { utcToZonedInput, zonedInputToUtc } from '../../shared/time/zoned-time';
import { apiMembershipMembersIdGet } from './api/fn/membership/api-membership-members-id-get';
import { apiMembershipMembersMemberIdPointsGet } from './api/fn/membership/api-membership-members-member-id-points-get';
import { apiMembershipMembersMemberIdPurchasesGet } from './api/fn/membership/api-membership-members-member-id-purchases-get';
import { apiMembershipMembersMemberIdPurchasesPost } from './api/fn/membership/api-membership-members-member-id-purchases-post';
import { MemberDto } from './api/models/member-dto';
import { PointsStatementDto } from './api/models/points-statement-dto';
import { PurchaseDto } from './api/models/purchase-dto';

/** One member: the details, the purchases (times in the company's time zone), the points balance and statement. */
@Component({
  selector: 'app-member-details',
  imports: [...formImports, RouterLink],
  styleUrls: ['../../shared/page.css', './membership.css'],
  templateUrl: './member-details.component.html',
})
export class MemberDetailsComponent {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly translate = inject(TranslateService);
  protected readonly time = inject(TenantTimeService);
  protected readonly Number = Number;
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id')!;
  protected readonly canEdit = this.config.isGranted('Membership.Members.Update');
  protected readonly canRecord = this.config.isGranted('Membership.Purchases.Record');
  protected readonly canSeePurchases = this.config.isGranted('Membership.Purchases');
  protected readonly canSeePoints = this.config.isGranted('Membership.Points');
  protected readonly member = signal<MemberDto | null>(null);
  protected readonly purchases = signal<PurchaseDto[] | null>(null);
  protected readonly statement = signal<PointsStatementDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly purchaseError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly purchaseForm = inject(FormBuilder).nonNullable.group({
    purchasedAt: [this.nowInput(), Validators.required],
    amount: ['', [Validators.required, Validators.pattern(/^\d+(\.\d{1,2})?$/)]],
    category: ['', Validators.maxLength(64)],
  });

  constructor() {
    void this.load();
  }

  protected money(amount: number | string, currency: string): string {
    return formatMoney(amount, currency, this.translate.language());
  }

  protected async recordPurchase(): Promise<void> {
    if (this.purchaseForm.invalid) {
      touchAll(this.purchaseForm);
      return;
    }
    const v = this.purchaseForm.getRawValue();
    this.busy.set(true);
    this.purchaseError.set(null);
    try {
      await this.api.invoke(apiMembershipMembersMemberIdPurchasesPost, {
        memberId: this.id,
        body: {
          purchasedAt: zonedInputToUtc(v.purchasedAt, this.time.timeZone() ?? 'UTC') ?? '',
          amount: Number(v.amount),
          category: v.category.trim() || null,
        },
      });
      this.purchaseForm.reset({ purchasedAt: this.nowInput(), amount: '', category: '' });
      await this.loadLedger();
    } catch (e) {
      this.purchaseError.set(applyServerErrors(this.purchaseForm, e));
    } finally {
      this.busy.set(false);
    }
  }

  private nowInput(): string {
    return utcToZonedInput(new Date().toISOString(), this.time.timeZone() ?? 'UTC');
  }

  private async load(): Promise<void> {
    try {
      this.member.set(await this.api.invoke(apiMembershipMembersIdGet, { id: this.id }));
      await this.loadLedger();
    } catch (e) {
      this.error.set(messageOf(e));
    }
  }

  private async loadLedger(): Promise<void> {
    if (this.canSeePurchases) {
      const page = await this.api.invoke(apiMembershipMembersMemberIdPurchasesGet, { memberId: this.id, maxResultCount: 50 });
      this.purchases.set(page.items);
    }
    if (this.canSeePoints) {
      this.statement.set(await this.api.invoke(apiMembershipMembersMemberIdPointsGet, { memberId: this.id }));
    }
  }
}
