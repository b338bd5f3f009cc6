namespace MarketingSaaS.Framework.AspNetCore.ApplicationConfiguration;

public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    IReadOnlyCollection<string> GrantedPermissions,
    IReadOnlyDictionary<string, string?> Features,
    IReadOnlyDictionary<string, string?> Settings,
    LocalizationDto Localization);

/// <param name="Name">The stored display name, shown when family and given name are unknown.</param>
/// <param name="FamilyName">With <paramref name="GivenName"/>: the portal shows the person's name in the page's language (李娜, "Na Li").</param>
public sealed record CurrentUserDto(
    bool IsAuthenticated,
    Guid? Id,
    string? UserName,
    string? Email,
    IReadOnlyList<string> Roles,
    string? Name = null,
    string? FamilyName = null,
    string? GivenName = null);

/// <param name="Name">The URL name (slug).</param>
/// <param name="DisplayName">The company name to show, e.g. in the portal's header.</param>
public sealed record CurrentTenantDto(bool IsAvailable, Guid? Id, string? Name, string? DisplayName);

/// <summary>
/// The request's culture and the supported ones. No texts: the portal carries its own, and the API answers with
/// localized messages and display names, so shipping every server text (33 kB on each portal start) served nobody.
/// </summary>
public sealed record LocalizationDto(string CurrentCulture, IReadOnlyList<string> Languages);
