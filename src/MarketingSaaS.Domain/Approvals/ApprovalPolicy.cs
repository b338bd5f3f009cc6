using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Approvals;

/// <summary>The approval thresholds of one business type: ordered rules, the first that matches wins.</summary>
public sealed class ApprovalPolicy : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<ApprovalRule> _rules = [];

    private ApprovalPolicy() { }

    internal ApprovalPolicy(Guid id, string businessType, string name) : base(id)
    {
        BusinessType = businessType;
        Name = name;
    }

    public Guid TenantId { get; private set; }

    public string BusinessType { get; private set; } = "";

    public string Name { get; set; } = "";

    public IReadOnlyList<ApprovalRule> Rules => _rules;

    public ApprovalRule AddRule()
    {
        var rule = new ApprovalRule(SequentialGuid.Create(), Id, _rules.Count + 1);
        _rules.Add(rule);
        return rule;
    }

    public void ClearRules() => _rules.Clear();
}
