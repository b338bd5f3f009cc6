using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Settings;

/// <summary>A tenant's setting (UserId null) or one of its users' settings.</summary>
public sealed class SettingValue : Entity<Guid>, IMultiTenant
{
    private SettingValue() { }

    public SettingValue(Guid id, string name, string value, Guid? userId)
        : base(id)
    {
        Name = name;
        Value = value;
        UserId = userId;
    }

    public Guid TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string Value { get; set; } = "";
}
