using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Permissions;

namespace MarketingSaaS.Approvals;

/// <summary>
/// The unit a request is filed for decides its route (the unit's head approves), so the requester may only name a unit
/// they hold a position in, unless they hold <see cref="MarketingSaaSPermissions.ApprovalRequests.FileForOthers"/>.
/// The same holds for the unit whose budget the request spends from (<c>budgetUnitId</c>): nobody spends another unit's
/// budget without the permission. Requests are (re)submitted by their requester, so the permission is the current user's.
/// </summary>
public sealed class ApprovalRequesterUnitCheck(IOrgChartSnapshotReader orgChart, IPermissionChecker permissions)
{
    /// <summary>Returns whether the request is filed for another unit (the permission was needed); throws when it may not be.</summary>
    public Task<bool> CheckAsync(Guid? unitId, Guid requesterUserId, CancellationToken cancellationToken = default) =>
        CheckAsync(unitId, requesterUserId, ApprovalEngineErrorCodes.RequesterUnitNotHeld, cancellationToken);

    /// <summary>The budget unit of <paramref name="budget"/> (null: the requester's unit, always allowed); as <see cref="CheckAsync(Guid?, Guid, CancellationToken)"/>.</summary>
    public Task<bool> CheckBudgetUnitAsync(ApprovalBudgetContext? budget, Guid requesterUserId, CancellationToken cancellationToken = default) =>
        CheckAsync(budget?.OrganizationUnitId, requesterUserId, ApprovalEngineErrorCodes.BudgetUnitNotHeld, cancellationToken);

    private async Task<bool> CheckAsync(Guid? unitId, Guid requesterUserId, string notHeldCode, CancellationToken cancellationToken)
    {
        if (unitId is not { } id)
        {
            return false;
        }

        var chart = await orgChart.ReadAsync(cancellationToken);
        if (chart.Unit(id) is null)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownOrganizationUnit, new Dictionary<string, object?> { ["id"] = id });
        }

        if (chart.HoldsPositionIn(requesterUserId, id))
        {
            return false;
        }

        return await permissions.IsGrantedAsync(MarketingSaaSPermissions.ApprovalRequests.FileForOthers, cancellationToken)
            ? true
            : throw new BusinessException(notHeldCode, new Dictionary<string, object?> { ["unitId"] = id });
    }
}
