import { Injectable, Pipe, PipeTransform, computed, inject, resource } from '@angular/core';
import { Api } from '../../api/api';
import { apiApprovalsBusinessTypesGet } from '../../api/fn/approval-business-types/api-approvals-business-types-get';
import { RiskTier } from '../../api/models/risk-tier';
import { TranslateService } from '../../core/i18n/translate.service';

/**
 * The approval business types the platform and the switched-in modules registered (`Expense`, `Events.Event`, …),
 * with display names from the host in the portal's language; loaded again when the language changes.
 */
@Injectable({ providedIn: 'root' })
export class BusinessTypes {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  private readonly list = resource({
    params: () => ({ language: this.translate.language() }),
    loader: () => this.api.invoke(apiApprovalsBusinessTypesGet),
  });
  private readonly displayNames = computed(() => new Map((this.list.hasValue() ? this.list.value() : []).map((t) => [t.name, t.displayName])));

  /** The names, in the host's order (the platform's first, then each module's). */
  readonly names = computed(() => (this.list.hasValue() ? this.list.value().map((t) => t.name) : []));

  /** A type nobody registers any more (its module was removed) shows its stored name. */
  displayName(name: string): string {
    return this.displayNames().get(name) ?? name;
  }
}

/** `{{ request.businessType | businessType }}`; impure so that the names arriving or the language changing re-render. */
@Pipe({ name: 'businessType', pure: false })
export class BusinessTypePipe implements PipeTransform {
  private readonly businessTypes = inject(BusinessTypes);

  transform(name: string): string {
    return this.businessTypes.displayName(name);
  }
}

export const riskTiers: readonly Exclude<RiskTier, null>[] = ['Tactical', 'Campaign', 'Strategic'];
