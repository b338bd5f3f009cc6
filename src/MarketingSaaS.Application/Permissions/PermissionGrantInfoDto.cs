namespace MarketingSaaS.Permissions;

/// <summary>One permission of the tree; IsGranted says whether this role or user holds it directly.</summary>
public sealed record PermissionGrantInfoDto(string Name, string DisplayName, bool IsGranted, IReadOnlyList<PermissionGrantInfoDto> Children);
