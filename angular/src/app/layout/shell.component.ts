import { Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { AppConfigService } from '../core/config/app-config.service';
import { Language } from '../core/i18n/language';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { TranslateService } from '../core/i18n/translate.service';
import { injectPortalFeatures } from '../core/features/portal-feature';
import { CollapsedSections, groupMenu, visibleMenu } from './menu';
import { NotificationBellComponent } from './notification-bell.component';
import { GlobalSearchComponent } from './search/global-search.component';
import { searchIconPath } from './search/search-icon';
import { isSearchShortcut } from './search/search-shortcut';
import { searchTexts } from './search/search.texts';
import { mobileQuery } from './viewport';

/**
 * The signed-in frame: side menu (the features' entries under collapsible group headings, one per switched-on module;
 * kept in view on long pages; a drawer under 768 px), company name, global search, language and user menus. Plain HTML and CSS on purpose: ng-zorro components load with the pages.
 */
@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, NotificationBellComponent, GlobalSearchComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  host: { '(document:keydown.escape)': 'closeAll()', '(document:keydown)': 'searchShortcut($event)' },
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly config = inject(AppConfigService);
  protected readonly translate = inject(TranslateService);
  protected readonly mobile = mobileQuery();
  protected readonly drawerOpen = signal(false);
  protected readonly openMenu = signal<'language' | 'user' | null>(null);
  /** The search box's code loads only once asked for (placeholder, Ctrl+K or "/"): it is not part of the first page. */
  protected readonly searchWanted = signal(false);
  protected readonly searchIconPath = searchIconPath;
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

  private readonly collapsed = new CollapsedSections(storage());
  /** Bumped on a fold so the template re-reads `isCollapsed`. */
  private readonly folds = signal(0);
  /** Ant Design's outline icon "down" (MIT). */
  protected readonly chevronPath =
    'M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6L512 654.2 227.9 262.6c-3-4.1-7.8-6.6-12.9-6.6h-75c-6.5 0-10.3 7.4-6.5 12.7l352.6 486.1c12.8 17.6 39 17.6 51.7 0l352.6-486.1c3.9-5.3.1-12.7-6.4-12.7z';

  constructor() {
    this.translate.add(searchTexts);
  }

  protected searchShortcut(event: KeyboardEvent): void {
    if (this.searchWanted() || !isSearchShortcut(event)) return;
    event.preventDefault();
    this.searchWanted.set(true);
  }

  protected isCollapsed(key: string): boolean {
    this.folds();
    return this.collapsed.has(key);
  }

  protected toggleSection(key: string): void {
    this.collapsed.toggle(key);
    this.folds.update((n) => n + 1);
  }

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

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
