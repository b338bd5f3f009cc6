namespace MarketingSaaS.Permissions;

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionGrantInfoDto> Permissions);
