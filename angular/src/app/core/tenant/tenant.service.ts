import { Injectable, computed, inject } from '@angular/core';
import { AppConfigService } from '../config/app-config.service';

const lastTenantKey = 'msaas.tenant';

/**
 * Which company the portal works in. Signed in: the account's company. Before sign-in: the one the
 * host resolved from the sub-domain ({tenant}.localhost), else the one typed on the sign-in page
 * (the last one is remembered in localStorage).
 */
@Injectable({ providedIn: 'root' })
export class TenantService {
  private readonly config = inject(AppConfigService);

  /** The company named by the sub-domain, when the host resolved one for an anonymous visitor. */
  readonly fromHost = computed(() => {
    const config = this.config.config();
    return config && !config.currentUser.isAuthenticated && config.currentTenant.isAvailable ? config.currentTenant.name ?? '' : null;
  });

  lastTenant(): string {
    try {
      return localStorage.getItem(lastTenantKey) ?? '';
    } catch {
      return '';
    }
  }

  remember(slug: string): void {
    try {
      if (slug) localStorage.setItem(lastTenantKey, slug);
    } catch {
      // storage unavailable
    }
  }
}
