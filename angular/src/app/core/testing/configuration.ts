import { ApplicationConfigurationDto } from '../../api/models/application-configuration-dto';

/** An application configuration for unit tests: a signed-in user of company "acme" unless told otherwise. */
export function configuration(overrides: Partial<ApplicationConfigurationDto> = {}, signedIn = true): ApplicationConfigurationDto {
  return {
    currentUser: { isAuthenticated: signedIn, id: signedIn ? 'u1' : null, userName: signedIn ? 'ada' : null, email: null, roles: [] },
    currentTenant: { isAvailable: true, id: 't1', name: 'acme', displayName: 'Acme Ltd' },
    grantedPermissions: [],
    features: {},
    settings: {},
    localization: { currentCulture: 'zh-Hans', languages: ['zh-Hans', 'en'] },
    ...overrides,
  };
}
