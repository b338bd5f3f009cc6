import { Injectable, computed, inject, signal } from '@angular/core';
import { Api } from '../../api/api';
import { getApplicationConfiguration } from '../../api/fn/application-configuration/get-application-configuration';
import { ApplicationConfigurationDto } from '../../api/models/application-configuration-dto';
import { toLanguage } from '../i18n/language';
import { TranslateService } from '../i18n/translate.service';
import { personName } from '../../shared/people/person-name';

/** The company logo's file id (set by PUT /api/company/logo); changes with every upload, so it versions the image URL. */
export const companyLogoSetting = 'Platform.CompanyLogo';

/** The user's culture setting (a user value wins over the company's), see docs/tenant-administration.md. */
export const cultureSetting = 'Platform.Culture';

/**
 * GET /api/application-configuration, loaded once at start-up (and again after sign-in/out):
 * who is signed in, which company, granted permissions, enabled features (modules) and settings.
 */
@Injectable({ providedIn: 'root' })
export class AppConfigService {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);

  readonly config = signal<ApplicationConfigurationDto | null>(null);
  readonly isSignedIn = computed(() => this.config()?.currentUser.isAuthenticated === true);
  readonly userName = computed(() => this.config()?.currentUser.userName ?? '');
  /** The signed-in person as others read them, in the page's language (李娜, "Na Li"); the user name when no name is known. */
  readonly displayName = computed(() => {
    const user = this.config()?.currentUser;
    return user ? personName(user, this.translate.language()) || (user.userName ?? '') : '';
  });
  readonly tenantName = computed(() => this.config()?.currentTenant.name ?? null);
  /** The company's name as people write it (the slug when the host sent none). */
  readonly tenantDisplayName = computed(() => this.config()?.currentTenant.displayName ?? this.tenantName());
  readonly logoUrl = computed(() => {
    const id = this.config()?.currentTenant.isAvailable ? this.config()?.settings[companyLogoSetting] : null;
    return id ? `/api/company/logo?v=${encodeURIComponent(id)}` : null;
  });
  readonly isHost = computed(() => this.isSignedIn() && this.config()?.currentTenant.isAvailable !== true);
  private readonly granted = computed(() => new Set(this.config()?.grantedPermissions ?? []));

  async load(): Promise<ApplicationConfigurationDto> {
    const config = await this.api.invoke(getApplicationConfiguration);
    this.config.set(config);
    const userLanguage = config.currentUser.isAuthenticated ? toLanguage(config.settings[cultureSetting]) : null;
    if (userLanguage && userLanguage !== this.translate.language()) {
      await this.translate.use(userLanguage);
    }
    return config;
  }

  /** The session ended (a 401): forget the user until the next load, so that the guards send them to sign-in. */
  markSignedOut(): void {
    this.config.update((config) =>
      config && { ...config, currentUser: { isAuthenticated: false, id: null, userName: null, email: null, roles: [] }, grantedPermissions: [] },
    );
  }

  isGranted(permission: string | null | undefined): boolean {
    return !permission || this.granted().has(permission);
  }

  /** Features are strings; a module is on when its value is "true". */
  isFeatureEnabled(feature: string | null | undefined): boolean {
    return !feature || this.config()?.features[feature]?.toLowerCase() === 'true';
  }

  /** After the logo was uploaded or removed: the header shows the new one without reloading the configuration. */
  setLogo(fileId: string | null): void {
    this.config.update((config) => {
      if (!config) return config;
      const { [companyLogoSetting]: _, ...others } = config.settings;
      return { ...config, settings: fileId ? { ...others, [companyLogoSetting]: fileId } : others };
    });
  }

  setting(name: string): string | null {
    return this.config()?.settings[name] ?? null;
  }
}
