using MarketingSaaS.Approvals;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Settings;

namespace MarketingSaaS.Budgets;

/// <summary>
/// The extra final stage of an over-budget request (policy ExtraApproval): every holder of the positions named in
/// setting Budgets.ExtraApprovalPositions (default GM and finance reviewer, "总经理;财务审核岗") must approve.
/// A named position that is missing or vacant is replaced by the head of the top unit above the budget's unit.
/// The requester never approves their own request.
/// </summary>
public sealed class OverBudgetApprovalStage(ISettingProvider settings)
{
    internal async Task<ResolvedStage> ResolveAsync(ApprovalRequest request, Guid budgetUnitId, OrgChartSnapshot chart, int stageNumber, CancellationToken cancellationToken)
    {
        var top = chart.Unit(budgetUnitId);
        while (chart.Unit(top?.ParentId) is { } parent)
        {
            top = parent;
        }

        var names = (await settings.GetOrNullAsync(BudgetSettings.ExtraApprovalPositions, cancellationToken) ?? BudgetSettings.DefaultExtraApprovalPositions)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var approvers = new List<ResolvedApprover>();
        foreach (var name in names)
        {
            var holders = chart.PositionsNamed(name)
                .SelectMany(p => p.HolderUserIds.Select(userId => new ResolvedApprover(userId, p.Id, false)))
                .ToList();
            approvers.AddRange(holders.Count > 0 ? holders : chart.HeadOf(top, escalated: true));
        }

        if (approvers.All(a => a.UserId == request.RequesterUserId))
        {
            approvers.AddRange(chart.HeadOf(top, escalated: true));
        }

        approvers = [.. approvers.Where(a => a.UserId != request.RequesterUserId).DistinctBy(a => a.UserId)];
        return approvers.Count == 0
            ? throw ApprovalRouteResolver.NoApproverFound(stageNumber, names.SelectMany(chart.PositionsNamed).FirstOrDefault(p => p.IsVacant))
            : new ResolvedStage(ApprovalStageMode.All, approvers);
    }
}
