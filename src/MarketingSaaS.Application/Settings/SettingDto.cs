namespace MarketingSaaS.Settings;

/// <summary>
/// A setting as the company sees it: its own value, else the platform's, else the default; with its type and
/// constraints, so a client renders the right control. Texts are in the caller's language.
/// </summary>
/// <param name="Type">Text, Integer, Boolean, Enum, TimeZone, Culture or Currency.</param>
/// <param name="Options">The choices of an Enum, TimeZone, Culture or Currency setting; empty for the others.</param>
public sealed record SettingDto(
    string Name,
    string DisplayName,
    string? Description,
    string? Value,
    string? DefaultValue,
    string Type,
    int? Min,
    int? Max,
    IReadOnlyList<SettingOptionDto> Options);

public sealed record SettingOptionDto(string Value, string DisplayName);
