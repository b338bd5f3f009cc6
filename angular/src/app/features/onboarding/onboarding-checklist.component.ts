import { Component, inject, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Api } from '../../api/api';
import { apiOnboardingGet } from '../../api/fn/onboarding/api-onboarding-get';
import { apiOnboardingPut } from '../../api/fn/onboarding/api-onboarding-put';
import { apiOrgUnitsImportDefaultPost } from '../../api/fn/organization-units/api-org-units-import-default-post';
import { OnboardingDto } from '../../api/models/onboarding-dto';
import { messageOf } from '../../core/forms/server-errors';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { onboardingStepRoutes } from './onboarding-steps';

/**
 * The admin's setup checklist on home: each step links to its page and is ticked from the company's data
 * (GET /api/onboarding). The org-chart step offers the standard or the small org chart, or starting empty.
 * Hidden once dismissed; a link brings it back. `settled` fires once its first answer (or error) is in, so home can
 * draw what follows the checklist only then instead of pushing it down (layout shift).
 */
@Component({
  selector: 'app-onboarding-checklist',
  imports: [RouterLink, TranslatePipe],
  templateUrl: './onboarding-checklist.component.html',
  styleUrl: './onboarding-checklist.component.css',
})
export class OnboardingChecklistComponent {
  private readonly api = inject(Api);
  protected readonly onboarding = signal<OnboardingDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal('');
  protected readonly busy = signal(false);
  protected readonly routes = onboardingStepRoutes;
  readonly settled = output<void>();

  constructor() {
    void this.api.invoke(apiOnboardingGet)
      .then((o) => this.onboarding.set(o), (e) => this.error.set(messageOf(e)))
      .finally(() => this.settled.emit());
  }

  protected async setDismissed(isDismissed: boolean): Promise<void> {
    await this.run(async () => this.onboarding.set(await this.api.invoke(apiOnboardingPut, { body: { isDismissed } })));
  }

  protected async importOrgChart(template: 'standard' | 'small'): Promise<void> {
    await this.run(async () => {
      await this.api.invoke(apiOrgUnitsImportDefaultPost, { body: { template } });
      this.onboarding.set(await this.api.invoke(apiOnboardingGet));
      this.notice.set('onboarding.orgChartCreated');
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.busy.set(true);
    try {
      await action();
    } catch (e) {
      this.error.set(messageOf(e));
    } finally {
      this.busy.set(false);
    }
  }
}
