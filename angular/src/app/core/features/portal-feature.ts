import {
  EnvironmentProviders,
  InjectionToken,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { Routes } from '@angular/router';
import { TranslateService } from '../i18n/translate.service';
import { LazyTexts, TextsByLanguage } from '../i18n/texts';

/** The side menu's groups, in the order the menu shows them. */
export const menuGroups = ['work', 'organisation', 'modules', 'administration'] as const;
export type MenuGroup = (typeof menuGroups)[number];

/** An icon as SVG path data on Ant Design's view box (64 64 896 896), drawn by the shell without an icon library. */
export interface MenuIcon {
  readonly paths: readonly string[];
}

export interface MenuEntry {
  /** A text key; the feature's `menuTexts` carry it in both languages. */
  readonly text: string;
  readonly route: string;
  readonly group: MenuGroup;
  readonly icon: MenuIcon;
  readonly permission?: string;
  /** A module's switch (e.g. `Modules.Events`): the entry shows only while it is on for the company. */
  readonly feature?: string;
  /** Who sees the entry: company users (default), host operators (no company) or both. */
  readonly side?: 'tenant' | 'host' | 'both';
}

/**
 * What a feature folder contributes to the portal. The core reads these through `PORTAL_FEATURES`
 * and never imports a feature; `app.config.ts` lists the features (`provide<Name>Feature()`).
 */
export interface PortalFeature {
  readonly name: string;
  /** Pages inside the signed-in shell; keep them lazy (`loadChildren`/`loadComponent`). */
  readonly routes?: Routes;
  /** Pages outside the shell (sign-in, a public registration page); they come before the shell's routes. */
  readonly publicRoutes?: Routes;
  readonly menu?: readonly MenuEntry[];
  /** The menu's strings, loaded with the portal (keep them few). */
  readonly menuTexts?: TextsByLanguage;
  /** The pages' texts, loaded with the pages: wrap the route loaders with `loadWithTexts(texts, ...)`. */
  readonly texts?: LazyTexts;
  /** Icons of the global search's result kinds the feature's server side contributes (`Events.MarketingEvent`). */
  readonly searchIcons?: Readonly<Record<string, MenuIcon>>;
}

export const PORTAL_FEATURES = new InjectionToken<readonly PortalFeature[]>('PORTAL_FEATURES');

export function providePortalFeature(feature: PortalFeature): EnvironmentProviders {
  const menuTexts = feature.menuTexts;
  return makeEnvironmentProviders([
    { provide: PORTAL_FEATURES, multi: true, useValue: feature },
    menuTexts ? provideEnvironmentInitializer(() => inject(TranslateService).add(menuTexts)) : [],
  ]);
}

/** The registered features (none in a test that provides none). */
export function injectPortalFeatures(): readonly PortalFeature[] {
  return inject(PORTAL_FEATURES, { optional: true }) ?? [];
}

/**
 * A route loader that also loads the feature's texts in the current language (the other language loads on a
 * switch): `loadChildren: loadWithTexts(eventsTexts, () => import('./events.routes'))`.
 */
export function loadWithTexts<T>(texts: LazyTexts, load: () => Promise<T>): () => Promise<T> {
  return () => {
    const loadingTexts = inject(TranslateService).register(texts);
    return Promise.all([load(), loadingTexts]).then(([loaded]) => loaded);
  };
}
