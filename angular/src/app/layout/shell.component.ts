import { Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { AppConfigService } from '../core/config/app-config.service';
import { Language } from '../core/i18n/language';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { TranslateService } from '../core/i18n/translate.service';
import { injectPortalFeatures } from '../core/features/portal-feature';
import { groupMenu, visibleMenu } from './menu';
import { NotificationBellComponent } from './notification-bell.component';
import { mobileQuery } from './viewport';

/**
 * The signed-in frame: side menu (the features' entries under group headings; a drawer under 768 px), company name,
 * language and user menus. Plain HTML and CSS on purpose: ng-zorro components load with the pages.
 */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, NotificationBellComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  host: { '(document:keydown.escape)': 'closeAll()' },
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  protected readonly mobile = mobileQuery();
  protected readonly drawerOpen = signal(false);
  protected readonly openMenu = signal<'language' | 'user' | null>(null);
  private readonly menuEntries = injectPortalFeatures().flatMap((feature) => feature.menu ?? []);
  protected readonly sections = computed(() =>
    groupMenu(
      visibleMenu(this.menuEntries, {
        isHost: this.config.isHost(),
        isGranted: (permission) => this.config.isGranted(permission),
        isFeatureEnabled: (feature) => this.config.isFeatureEnabled(feature),
      }),
    ),
  );

  protected toggle(menuName: 'language' | 'user'): void {
    this.openMenu.update((open) => (open === menuName ? null : menuName));
  }

  protected closeAll(): void {
    this.openMenu.set(null);
    this.drawerOpen.set(false);
  }

  protected setLanguage(language: Language): void {
    this.openMenu.set(null);
    void this.auth.setLanguage(language);
  }

  protected async signOut(): Promise<void> {
    this.openMenu.set(null);
    await this.auth.signOut();
    await this.router.navigate(['/account/sign-in']);
  }
}
