namespace MarketingSaaS.Permissions;

public sealed record GetPermissionListResultDto(string ProviderName, string ProviderKey, IReadOnlyList<PermissionGroupDto> Groups);
