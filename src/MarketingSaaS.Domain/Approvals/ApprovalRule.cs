using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>
/// One threshold of a policy: which requests it matches (amount band in a currency, risk tier,
/// "special" flag, requester's unit) and the route of stages they take. Null conditions match anything.
/// </summary>
public sealed class ApprovalRule : Entity<Guid>, IMultiTenant
{
    private ApprovalRule() { }

    internal ApprovalRule(Guid id, Guid policyId, int order) : base(id)
    {
        PolicyId = policyId;
        Order = order;
    }

    public Guid TenantId { get; private set; }

    public Guid PolicyId { get; private set; }

    public int Order { get; internal set; }

    public string Name { get; set; } = "";

    public decimal? MinAmount { get; set; }

    public bool MinInclusive { get; set; } = true;

    public decimal? MaxAmount { get; set; }

    public bool MaxInclusive { get; set; }

    /// <summary>ISO 4217 code the bounds are in; a request in another currency does not match a bounded rule.</summary>
    public string Currency { get; set; } = "CNY";

    public RiskTier? RiskTier { get; set; }

    public bool? IsSpecial { get; set; }

    /// <summary>Matches requesters in this unit or below it.</summary>
    public Guid? RequesterUnitId { get; set; }

    public List<ApprovalStageSpec> Stages { get; set; } = [];

    public AmountBand Band => new(MinAmount, MinInclusive, MaxAmount, MaxInclusive);

    public bool HasAmountBounds => MinAmount is not null || MaxAmount is not null;
}
