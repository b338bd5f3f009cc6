namespace MarketingSaaS.Modules;

/// <summary>An optional module's switch: Name is its feature, e.g. "Modules.Events".</summary>
public sealed record ModuleDto(string Name, string DisplayName, bool IsEnabled);
