using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Features;

/// <summary>A feature value set for one tenant ("T") or one edition ("E"). Host-owned.</summary>
public sealed class FeatureValue : Entity<Guid>
{
    private FeatureValue() { }

    public FeatureValue(Guid id, string name, string value, string providerName, Guid providerKey)
        : base(id)
    {
        Name = name;
        Value = value;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }

    public string Name { get; private set; } = "";

    public string Value { get; set; } = "";

    public string ProviderName { get; private set; } = "";

    public Guid ProviderKey { get; private set; }
}
