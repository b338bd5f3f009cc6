import { Component, inject, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { apiApprovalsRequestsPost } from '../../api/fn/approval-requests/api-approvals-requests-post';
import { RiskTier } from '../../api/models/risk-tier';
import { AppConfigService } from '../../core/config/app-config.service';
import { applyServerErrors } from '../../core/forms/server-errors';
import { VacantPositionLinkComponent } from '../org-chart/vacant-position-link.component';
import { vacantPositionOf } from '../org-chart/vacant-position-link';
import { formImports } from '../../shared/form-imports';
import { BusinessTypePipe, BusinessTypes, riskTiers } from './business-types';
import { touchAll } from '../../core/forms/touch-all';

/** Requests entered in the portal are their own subject: module "Portal", a fresh id. */
export const portalSubjectModule = 'Portal';

@Component({
  selector: 'app-submit-request',
  imports: [VacantPositionLinkComponent, ...formImports, NzSelectModule, NzInputNumberModule, NzCheckboxModule, BusinessTypePipe],
  templateUrl: './submit-request.component.html',
  styleUrl: '../../shared/page.css',
})
export class SubmitRequestComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly businessTypes = inject(BusinessTypes).names;
  protected readonly riskTiers = riskTiers;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly vacantPosition = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    businessType: ['Expense', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    amount: [0, [Validators.required, Validators.min(0)]],
    currency: [inject(AppConfigService).setting('Platform.Currency') ?? 'CNY', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    riskTier: ['Tactical' as RiskTier, Validators.required],
    isSpecial: [false],
  });

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      const created = await this.api.invoke(apiApprovalsRequestsPost, {
        body: { ...value, currency: value.currency.toUpperCase(), subjectModule: portalSubjectModule, subjectId: crypto.randomUUID() },
      });
      await this.router.navigate(['/approvals/requests', created.request.id]);
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
      this.vacantPosition.set(vacantPositionOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
