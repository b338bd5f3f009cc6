using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Positions;

namespace MarketingSaaS.Approvals;

/// <summary>
/// The customers' approval rules (source-processes.md §3) on top of the default org chart: special events
/// and strategic matters go to the GM; campaign-tier matters to the director, then the VP in charge;
/// under 50,000 CNY the director decides alone, from 50,000 the VP follows; expenses go to the director,
/// then the finance reviewer. The event policy is created only where the Events module registers its business type.
/// </summary>
public sealed class DefaultApprovalPolicies(IPositionRepository positions, ApprovalPolicyManager manager, ApprovalBusinessTypeDefinitionManager businessTypes)
{
    /// <summary>The Events module's business type; the customers' rules for events are part of the platform's defaults.</summary>
    public const string MarketingEventBusinessType = "Events.Event";

    public async Task<IReadOnlyList<ApprovalPolicy>> CreateAsync(bool chinese, CancellationToken cancellationToken = default)
    {
        var gm = await FindAsync("总经理", "General Manager", cancellationToken);
        var vp = await FindAsync("分管副总", "VP in charge", cancellationToken);
        var finance = await FindAsync("财务审核岗", "Finance reviewer", cancellationToken);
        string T(string zh, string en) => chinese ? zh : en;

        var director = Stage(new ApproverSpec { Kind = ApproverKind.RequesterUnitHead });
        var eventRules = new List<ApprovalRuleDraft>
        {
            Rule(T("特殊活动：总经理审批", "Special events: the GM"), isSpecial: true, stages: [Stage(Position(gm))]),
            Rule(T("战略级：总经理审批", "Strategic tier: the GM"), tier: RiskTier.Strategic, stages: [Stage(Position(gm))]),
            Rule(T("战役级：部门负责人，再分管副总", "Campaign tier: the director, then the VP in charge"), tier: RiskTier.Campaign, stages: [director, Stage(Position(vp))]),
            Rule(T("5 万元以下：部门负责人", "Under 50,000 CNY: the director"), max: ApprovalPolicyConsts.DefaultDirectorLimit, stages: [director]),
            Rule(T("5 万元及以上：部门负责人，再分管副总", "50,000 CNY and more: the director, then the VP in charge"), min: ApprovalPolicyConsts.DefaultDirectorLimit, stages: [director, Stage(Position(vp))]),
        };
        var expenseRules = new List<ApprovalRuleDraft>
        {
            Rule(T("费用：部门负责人初审，财务复核", "Expenses: the director, then Finance"), stages: [director, Stage(Position(finance))]),
        };

        var created = new List<ApprovalPolicy>();
        if (businessTypes.IsDefined(MarketingEventBusinessType))
        {
            created.Add(await manager.CreateAsync(MarketingEventBusinessType, T("市场活动审批", "Event approval"), eventRules, cancellationToken));
        }

        created.Add(await manager.CreateAsync(ApprovalBusinessTypes.Expense, T("费用报销审批", "Expense approval"), expenseRules, cancellationToken));
        return created;
    }

    private async Task<Guid> FindAsync(string zh, string en, CancellationToken cancellationToken)
    {
        var found = await positions.GetListAsync(p => p.Name == zh || p.Name == en, cancellationToken);
        return found.FirstOrDefault()?.Id
            ?? throw new BusinessException(MarketingSaaSErrorCodes.DefaultPositionsMissing, new Dictionary<string, object?> { ["position"] = zh });
    }

    private static ApproverSpec Position(Guid id) => new() { Kind = ApproverKind.Position, PositionId = id };

    private static ApprovalStageSpec Stage(params ApproverSpec[] approvers) => new() { Mode = ApprovalStageMode.Any, Approvers = [.. approvers] };

    private static ApprovalRuleDraft Rule(string name, ApprovalStageSpec[] stages, RiskTier? tier = null, bool? isSpecial = null, decimal? min = null, decimal? max = null) =>
        new(name, min, MinInclusive: true, max, MaxInclusive: false, "CNY", tier, isSpecial, RequesterUnitId: null, stages);
}
