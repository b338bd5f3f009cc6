using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Editions;

/// <summary>A plan: default feature values for the tenants assigned to it. Host-owned.</summary>
public sealed class Edition : AggregateRoot<Guid>
{
    private Edition() { }

    public Edition(Guid id, string name)
        : base(id) => Name = name;

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = name;
}
