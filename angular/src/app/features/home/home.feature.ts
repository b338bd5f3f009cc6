import { EnvironmentProviders } from '@angular/core';
import { MenuIcon, loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { onboardingTexts } from '../onboarding/onboarding.texts';

/** Ant Design's outline icon "home" (MIT). */
const homeIcon: MenuIcon = {
  paths: [
    'M946.5 505L560.1 118.8l-25.9-25.9a31.5 31.5 0 00-44.4 0L77.5 505a63.9 63.9 0 00-18.8 46c.4 35.2 29.7 63.3 64.9 63.3h42.5V940h691.8V614.3h43.4c17.1 0 33.2-6.7 45.3-18.8a63.6 63.6 0 0018.7-45.3c0-17-6.7-33.1-18.8-45.2zM568 868H456V664h112v204zm217.9-325.7V868H632V640c0-22.1-17.9-40-40-40H432c-22.1 0-40 17.9-40 40v228H238.1V542.3h-96l370-369.7 23.1 23.1L882 542.3h-96.1z',
  ],
};

/** The home page. */
export function provideHomeFeature(): EnvironmentProviders {
  return providePortalFeature({
    name: 'home',
    routes: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: loadWithTexts(onboardingTexts, () => import('./home.component').then((m) => m.HomeComponent)),
      },
    ],
    menu: [{ text: 'menu.home', route: '/', group: 'work', icon: homeIcon }],
  });
}
