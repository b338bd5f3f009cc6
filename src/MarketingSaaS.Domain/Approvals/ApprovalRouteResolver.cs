using MarketingSaaS.Approvals.BusinessTypes;
using MarketingSaaS.Framework.ExceptionHandling;
using Microsoft.Extensions.Localization;

namespace MarketingSaaS.Approvals;

/// <summary>
/// Finds the first rule of the business type's policy that matches the request and turns its stages
/// into people from the org chart. The requester never approves their own request: such a stage goes
/// to the head of the unit above instead, as does a vacant post.
/// </summary>
public sealed class ApprovalRouteResolver(
    IApprovalPolicyRepository policies,
    IOrgChartSnapshotReader orgChart,
    IStringLocalizer localizer)
{
    public async Task<ResolvedRoute> ResolveAsync(ApprovalRouteRequest request, CancellationToken cancellationToken = default)
    {
        var policy = await policies.FindByBusinessTypeAsync(request.BusinessType, cancellationToken)
            ?? throw new BusinessException(MarketingSaaSErrorCodes.NoApprovalPolicy, new Dictionary<string, object?>
            {
                ["businessType"] = request.BusinessType,
                ["businessTypeName"] = localizer.BusinessTypeDisplayName(request.BusinessType),
            });
        var chart = await orgChart.ReadAsync(cancellationToken);
        var requesterUnit = chart.Unit(request.RequesterUnitId ?? chart.UnitOfUser(request.RequesterUserId));
        var rule = policy.Rules.OrderBy(r => r.Order).FirstOrDefault(r => Matches(r, request, requesterUnit, chart))
            ?? throw new BusinessException(MarketingSaaSErrorCodes.NoMatchingApprovalRule);

        var stages = new List<ResolvedStage>();
        foreach (var (stage, index) in rule.Stages.Select((s, i) => (s, i)))
        {
            var notes = VacantPosts(stage, requesterUnit, chart).Select(p => new ApprovalRouteNote(ApprovalRouteNoteCode.PositionVacant, p.Id, p.Name)).ToList();
            var named = stage.Approvers.SelectMany(a => Resolve(a, requesterUnit, chart)).DistinctBy(a => a.UserId).ToList();
            var approvers = named.Where(a => a.UserId != request.RequesterUserId).ToList();
            var requesterLeftOut = approvers.Count < named.Count;
            var escalated = approvers.Count == 0;
            if (escalated)
            {
                approvers = [.. chart.HeadOf(chart.Unit(requesterUnit?.ParentId), escalated: true).Where(a => a.UserId != request.RequesterUserId)];
            }

            if (approvers.Count == 0)
            {
                // Name the real cause: a requester who would approve their own request is not a vacant post.
                throw requesterLeftOut
                    ? new BusinessException(MarketingSaaSErrorCodes.NoApproverBesidesRequester, new Dictionary<string, object?> { ["stage"] = index + 1 })
                    : NoApproverFound(index + 1, VacantPostOf(stage, requesterUnit, chart));
            }

            if (requesterLeftOut)
            {
                notes.Insert(0, new ApprovalRouteNote(escalated ? ApprovalRouteNoteCode.RequesterEscalated : ApprovalRouteNoteCode.RequesterLeftOut));
            }

            stages.Add(new ResolvedStage(stage.Mode, approvers) { Notes = notes });
        }

        return new ResolvedRoute(policy.Id, rule.Id, rule.Order, rule.Name, stages);
    }

    /// <summary>The 422 carries the vacant post behind the empty stage, so the portal can link to where a holder is assigned.</summary>
    internal static BusinessException NoApproverFound(int stage, OrgChartPosition? vacant) =>
        new(MarketingSaaSErrorCodes.NoApproverFound, new Dictionary<string, object?>
        {
            ["stage"] = stage,
            ["positionId"] = vacant?.Id,
            ["unitId"] = vacant?.UnitIds.Select(id => (Guid?)id).FirstOrDefault(),
        });

    private static OrgChartPosition? VacantPostOf(ApprovalStageSpec stage, OrgChartUnit? requesterUnit, OrgChartSnapshot chart) =>
        stage.Approvers.Select(a => a.Kind switch
            {
                ApproverKind.Position => chart.Position(a.PositionId),
                ApproverKind.RequesterUnitHead => chart.Position(requesterUnit?.HeadPositionId),
                ApproverKind.ParentUnitHead => chart.Position(chart.Unit(requesterUnit?.ParentId)?.HeadPositionId),
                _ => null,
            })
            .FirstOrDefault(p => p is { IsVacant: true });

    private static bool Matches(ApprovalRule rule, ApprovalRouteRequest request, OrgChartUnit? requesterUnit, OrgChartSnapshot chart) =>
        (rule.RiskTier is null || rule.RiskTier == request.RiskTier)
        && (rule.IsSpecial is null || rule.IsSpecial == request.IsSpecial)
        && (!rule.HasAmountBounds || (string.Equals(rule.Currency, request.Currency, StringComparison.OrdinalIgnoreCase) && rule.Band.Contains(request.Amount)))
        && (rule.RequesterUnitId is null || (requesterUnit is not null && chart.IsInSubtree(requesterUnit.Id, rule.RequesterUnitId.Value)));

    private static IEnumerable<ResolvedApprover> Resolve(ApproverSpec approver, OrgChartUnit? requesterUnit, OrgChartSnapshot chart) => approver.Kind switch
    {
        ApproverKind.RequesterUnitHead => chart.HeadOf(requesterUnit),
        ApproverKind.ParentUnitHead => chart.HeadOf(chart.Unit(requesterUnit?.ParentId)),
        ApproverKind.Position => HoldersOrEscalate(chart.Position(approver.PositionId), chart),
        ApproverKind.User when approver.UserId is { } userId => [new ResolvedApprover(userId, null, false)],
        _ => [],
    };

    /// <summary>The vacant posts the stage names, directly or as a unit's head post.</summary>
    private static IEnumerable<OrgChartPosition> VacantPosts(ApprovalStageSpec stage, OrgChartUnit? requesterUnit, OrgChartSnapshot chart) =>
        stage.Approvers.Select(a => a.Kind switch
            {
                ApproverKind.Position => chart.Position(a.PositionId),
                ApproverKind.RequesterUnitHead => chart.Position(requesterUnit?.HeadPositionId),
                ApproverKind.ParentUnitHead => chart.Position(chart.Unit(requesterUnit?.ParentId)?.HeadPositionId),
                _ => null,
            })
            .OfType<OrgChartPosition>()
            .Where(p => p.IsVacant)
            .DistinctBy(p => p.Id);

    private static IEnumerable<ResolvedApprover> HoldersOrEscalate(OrgChartPosition? position, OrgChartSnapshot chart)
    {
        if (position is null)
        {
            return [];
        }

        if (!position.IsVacant)
        {
            return position.HolderUserIds.Select(userId => new ResolvedApprover(userId, position.Id, false));
        }

        // A vacant head post is skipped by HeadOf itself, which walks on to the unit above.
        return chart.HeadOf(chart.Unit(position.UnitIds.Select(id => (Guid?)id).FirstOrDefault()), escalated: true);
    }
}
