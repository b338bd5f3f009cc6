import { Injectable, inject } from '@angular/core';
import { Api } from '../../api/api';
import { apiAccountSignInPost } from '../../api/fn/account/api-account-sign-in-post';
import { apiAccountSignOutPost } from '../../api/fn/account/api-account-sign-out-post';
import { apiAccountSignUpPost } from '../../api/fn/account/api-account-sign-up-post';
import { apiHostAccountSignInPost } from '../../api/fn/host-account/api-host-account-sign-in-post';
import { apiSettingsMyCulturePut } from '../../api/fn/settings/api-settings-my-culture-put';
import { SignUpDto } from '../../api/models/sign-up-dto';
import { SignUpResultDto } from '../../api/models/sign-up-result-dto';
import { AppConfigService } from '../config/app-config.service';
import { Language } from '../i18n/language';
import { TranslateService } from '../i18n/translate.service';
import { TenantService } from '../tenant/tenant.service';

export interface SignInInput {
  /** The company's URL name; empty signs in a host operator. */
  tenant: string;
  userName: string;
  password: string;
  twoFactorCode?: string | null;
}

/**
 * Cookie sign-in (HttpOnly auth cookie + readable XSRF-TOKEN cookie that Angular echoes as X-XSRF-TOKEN),
 * then a fresh application configuration.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(Api);
  private readonly config = inject(AppConfigService);
  private readonly tenant = inject(TenantService);
  private readonly translate = inject(TranslateService);

  async signIn(input: SignInInput): Promise<void> {
    const tenant = input.tenant.trim();
    const credentials = { userName: input.userName.trim(), password: input.password, twoFactorCode: input.twoFactorCode || null, useCookie: true };
    if (tenant || this.tenant.fromHost()) {
      await this.api.invoke(apiAccountSignInPost, { body: { ...credentials, tenant: tenant || null } });
      this.tenant.remember(tenant);
    } else {
      await this.api.invoke(apiHostAccountSignInPost, { body: { userName: credentials.userName, password: input.password, useCookie: true } });
    }
    await this.config.load();
  }

  /** Signs a company up; the page's language becomes the admin's own language setting (issue 13.7). */
  signUp(input: Omit<SignUpDto, 'culture'>): Promise<SignUpResultDto> {
    return this.api.invoke(apiAccountSignUpPost, { body: { ...input, culture: this.translate.language() } });
  }

  async signOut(): Promise<void> {
    try {
      await this.api.invoke(apiAccountSignOutPost);
    } finally {
      await this.config.load();
    }
  }

  /** Switches the portal's language; a signed-in company user keeps the choice as a user setting. */
  async setLanguage(language: Language): Promise<void> {
    const shown = this.translate.use(language);
    if (this.config.isSignedIn() && !this.config.isHost()) {
      await this.api.invoke(apiSettingsMyCulturePut, { body: { culture: language } });
    }
    await shown;
  }
}
