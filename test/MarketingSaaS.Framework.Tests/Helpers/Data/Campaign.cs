using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Framework.Tests.Helpers.Data;

/// <summary>A tenant-owned, fully audited test aggregate; (TenantId, Code) is unique.</summary>
public sealed class Campaign : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Campaign() { }

    public Campaign(string code, string name, Guid tenantId = default)
        : base(Guid.CreateVersion7())
    {
        Code = code;
        Name = name;
        TenantId = tenantId;
    }

    public Guid TenantId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; set; } = "";

    public string? ApiToken { get; set; }

    public string? PasswordHint { get; set; }
}
