import { Component, effect, inject, input, signal } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { Api } from '../../api/api';
import { apiApprovalsPoliciesSimulatePost } from '../../api/fn/approval-policies/api-approvals-policies-simulate-post';
import { ApprovalRouteDto } from '../../api/models/approval-route-dto';
import { RiskTier } from '../../api/models/risk-tier';
import { applyServerErrors } from '../../core/forms/server-errors';
import { VacantPositionLinkComponent } from '../org-chart/vacant-position-link.component';
import { vacantPositionOf } from '../org-chart/vacant-position-link';
import { formImports } from '../../shared/form-imports';
import { riskTiers } from './business-types';
import { touchAll } from '../../core/forms/touch-all';
import { RouteStagesComponent } from './route-stages.component';

/** "Who would approve this?": POST /api/approvals/policies/simulate with the saved policies. */
@Component({
  selector: 'app-route-simulator',
  imports: [VacantPositionLinkComponent, ...formImports, NzSelectModule, NzCheckboxModule, RouteStagesComponent],
  template: `
    <section class="simulator" aria-labelledby="simulator-title">
      <h2 id="simulator-title">{{ 'simulator.title' | t }}</h2>
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="simulate()">
        <div class="row">
          <nz-form-item>
            <nz-form-label nzFor="sim-amount">{{ 'submit.amount' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.amount.errors | fieldError">
              <input nz-input id="sim-amount" inputmode="decimal" formControlName="amount" data-testid="sim-amount" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="sim-currency">{{ 'submit.currency' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.currency.errors | fieldError">
              <input nz-input id="sim-currency" formControlName="currency" maxlength="3" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="sim-tier">{{ 'submit.riskTier' | t }}</nz-form-label>
            <nz-form-control>
              <nz-select nzId="sim-tier" formControlName="riskTier">
                @for (tier of riskTiers; track tier) {
                  <nz-option [nzValue]="tier" [nzLabel]="'tier.' + tier | t" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        </div>
        <label nz-checkbox formControlName="isSpecial">{{ 'submit.isSpecial' | t }}</label>
        <div><button nz-button type="submit" [nzLoading]="busy()" data-testid="simulate">{{ 'simulator.run' | t }}</button></div>
      </form>
      @if (error()) {
        <nz-alert nzType="warning" [nzMessage]="error()!" role="alert" data-testid="simulator-error" />
        @if (vacantPosition(); as positionId) {
          <app-vacant-position-link [positionId]="positionId" />
        }
      }
      @if (route(); as r) {
        <div class="result" data-testid="simulator-result" role="status">
          <p>{{ 'simulator.matched' | t: { rule: r.ruleName } }}</p>
          <app-route-stages [route]="r" />
        </div>
      }
    </section>
  `,
  styles: `.simulator { border-top: 1px solid #f0f0f0; padding-top: 8px; } .row { display: flex; flex-wrap: wrap; gap: 0 16px; } .row > * { flex: 1 1 160px; } .result { background: #f6ffed; border-radius: 8px; padding: 8px 12px; margin-top: 8px; }`,
})
export class RouteSimulatorComponent {
  private readonly api = inject(Api);
  readonly businessType = input.required<string>();
  protected readonly riskTiers = riskTiers;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly vacantPosition = signal<string | null>(null);
  protected readonly route = signal<ApprovalRouteDto | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    amount: ['10000', [Validators.required, Validators.pattern(/^\d+(\.\d+)?$/)]],
    currency: ['CNY', [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
    riskTier: ['Tactical' as RiskTier],
    isSpecial: [false],
  });

  constructor() {
    effect(() => {
      this.businessType();
      this.route.set(null);
      this.error.set(null);
    });
  }

  protected async simulate(): Promise<void> {
    this.error.set(null);
    this.route.set(null);
    if (this.form.invalid) {
      touchAll(this.form);
      return;
    }
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      this.route.set(
        await this.api.invoke(apiApprovalsPoliciesSimulatePost, {
          body: { businessType: this.businessType(), amount: Number(value.amount), currency: value.currency.toUpperCase(), riskTier: value.riskTier, isSpecial: value.isSpecial },
        }),
      );
    } catch (e) {
      this.error.set(applyServerErrors(this.form, e));
      this.vacantPosition.set(vacantPositionOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
