using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Framework.Tests.Helpers.Data;

/// <summary>A host-owned test aggregate: no tenant, no soft delete.</summary>
public sealed class Region : AggregateRoot<Guid>
{
    private Region() { }

    public Region(string name) : base(Guid.CreateVersion7()) => Name = name;

    public string Name { get; set; } = "";
}
