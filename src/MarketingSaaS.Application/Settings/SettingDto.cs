namespace MarketingSaaS.Settings;

/// <summary>A setting as the company sees it: its own value, else the platform's, else the default.</summary>
public sealed record SettingDto(string Name, string DisplayName, string? Value, string? DefaultValue);
