namespace MarketingSaaS.Framework.AspNetCore.ApplicationConfiguration;

public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    IReadOnlyCollection<string> GrantedPermissions,
    IReadOnlyDictionary<string, string?> Features,
    IReadOnlyDictionary<string, string?> Settings,
    LocalizationDto Localization);

public sealed record CurrentUserDto(bool IsAuthenticated, Guid? Id, string? UserName, string? Email, IReadOnlyList<string> Roles);

/// <param name="Name">The URL name (slug).</param>
/// <param name="DisplayName">The company name to show, e.g. in the portal's header.</param>
public sealed record CurrentTenantDto(bool IsAvailable, Guid? Id, string? Name, string? DisplayName);

public sealed record LocalizationDto(string CurrentCulture, IReadOnlyList<string> Languages, IReadOnlyDictionary<string, string> Texts);
