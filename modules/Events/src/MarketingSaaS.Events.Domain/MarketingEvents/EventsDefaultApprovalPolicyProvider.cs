using MarketingSaaS.Approvals;
using static MarketingSaaS.Approvals.DefaultApprovalRules;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>
/// The customers' approval rules for events (source-processes.md §3) on top of the default org chart: special events
/// and strategic matters go to the GM; campaign-tier matters to the director, then the VP in charge; under
/// 50,000 CNY the director decides alone, from 50,000 the VP follows.
/// </summary>
public sealed class EventsDefaultApprovalPolicyProvider : DefaultApprovalPolicyProvider
{
    public override async Task DefineAsync(DefaultApprovalPolicyContext context, CancellationToken cancellationToken)
    {
        var gm = await context.FindPositionAsync("总经理", "General Manager", cancellationToken);
        var vp = await context.FindPositionAsync("分管副总", "VP in charge", cancellationToken);
        var director = Stage(RequesterUnitHead());
        context.Add(MarketingEventConsts.ApprovalBusinessType, context.Text("市场活动审批", "Event approval"),
        [
            Rule(context.Text("特殊活动：总经理审批", "Special events: the GM"), isSpecial: true, stages: [Stage(Position(gm))]),
            Rule(context.Text("战略级：总经理审批", "Strategic tier: the GM"), tier: RiskTier.Strategic, stages: [Stage(Position(gm))]),
            Rule(context.Text("战役级：部门负责人，再分管副总", "Campaign tier: the director, then the VP in charge"), tier: RiskTier.Campaign, stages: [director, Stage(Position(vp))]),
            Rule(context.Text("5 万元以下：部门负责人", "Under 50,000 CNY: the director"), max: ApprovalPolicyConsts.DefaultDirectorLimit, stages: [director]),
            Rule(context.Text("5 万元及以上：部门负责人，再分管副总", "50,000 CNY and more: the director, then the VP in charge"), min: ApprovalPolicyConsts.DefaultDirectorLimit, stages: [director, Stage(Position(vp))]),
        ]);
    }
}
