namespace MarketingSaaS.Framework.Settings;

/// <summary>What kind of value a setting holds: the settings API validates by it and the portal picks its control by it.</summary>
public enum SettingValueType
{
    Text,
    Integer,
    Boolean,
    Enum,
    TimeZone,
    Culture,
    Currency,
}
