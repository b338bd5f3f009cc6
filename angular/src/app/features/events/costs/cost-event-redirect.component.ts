import { Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { Api } from '../../../api/api';
import { messageOf } from '../../../core/forms/server-errors';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { apiEventsExpensesExpenseIdGet } from '../api/fn/events/api-events-expenses-expense-id-get';

/** `/events/costs/:costId`, an over-budget cost's approval link: finds the cost's event and opens its costs tab. */
@Component({
  selector: 'app-cost-event-redirect',
  imports: [NzAlertModule, TranslatePipe],
  template: `
    @if (error(); as message) {
      <nz-alert nzType="error" [nzMessage]="message" role="alert" data-testid="cost-error" />
    } @else {
      <p role="status">{{ 'common.loading' | t }}</p>
    }
  `,
})
export class CostEventRedirectComponent {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  protected readonly error = signal<string | null>(null);

  constructor() {
    const costId = inject(ActivatedRoute).snapshot.paramMap.get('costId') ?? '';
    void this.api.invoke(apiEventsExpensesExpenseIdGet, { expenseId: costId }).then(
      (cost) => this.router.navigate(['/events', cost.marketingEventId], { queryParams: { tab: 'costs' }, replaceUrl: true }),
      (e) => this.error.set(messageOf(e)),
    );
  }
}
