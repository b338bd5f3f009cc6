namespace MarketingSaaS.Identity;

/// <summary>DisplayName is the localized name of a built-in role, otherwise the name itself.</summary>
public sealed record RoleDto(Guid Id, string Name, string DisplayName, bool IsStatic, string ConcurrencyStamp);
