using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Settings;

/// <summary>A setting for every tenant, set by the host. Host-owned.</summary>
public sealed class GlobalSettingValue : Entity<Guid>
{
    private GlobalSettingValue() { }

    public GlobalSettingValue(Guid id, string name, string value)
        : base(id)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; private set; } = "";

    public string Value { get; set; } = "";
}
