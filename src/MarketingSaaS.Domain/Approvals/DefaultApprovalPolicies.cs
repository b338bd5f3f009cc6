using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Positions;
using static MarketingSaaS.Approvals.DefaultApprovalRules;

namespace MarketingSaaS.Approvals;

/// <summary>
/// The approval policies a company imports as its defaults: first those the composed modules contribute
/// (<see cref="DefaultApprovalPolicyProvider"/>, e.g. Events' event rules), then the platform's, from the customers'
/// rules (source-processes.md §3) on top of the default org chart: expenses go to the director, then the finance reviewer.
/// </summary>
public sealed class DefaultApprovalPolicies(IPositionRepository positions, ApprovalPolicyManager manager, IEnumerable<DefaultApprovalPolicyProvider> providers)
{
    public async Task<IReadOnlyList<ApprovalPolicy>> CreateAsync(bool chinese, CancellationToken cancellationToken = default)
    {
        var context = new DefaultApprovalPolicyContext(chinese, FindAsync);
        foreach (var provider in providers)
        {
            await provider.DefineAsync(context, cancellationToken);
        }

        var finance = await FindAsync("财务审核岗", "Finance reviewer", cancellationToken);
        context.Add(
            ApprovalBusinessTypes.Expense,
            context.Text("费用报销审批", "Expense approval"),
            [Rule(context.Text("费用：部门负责人初审，财务复核", "Expenses: the director, then Finance"), stages: [Stage(RequesterUnitHead()), Stage(Position(finance))])]);

        var created = new List<ApprovalPolicy>();
        foreach (var policy in context.Policies)
        {
            created.Add(await manager.CreateAsync(policy.BusinessType, policy.Name, policy.Rules, cancellationToken));
        }

        return created;
    }

    private async Task<Guid> FindAsync(string zh, string en, CancellationToken cancellationToken)
    {
        var found = await positions.GetListAsync(p => p.Name == zh || p.Name == en, cancellationToken);
        return found.FirstOrDefault()?.Id
            ?? throw new BusinessException(MarketingSaaSErrorCodes.DefaultPositionsMissing, new Dictionary<string, object?> { ["position"] = zh });
    }
}
