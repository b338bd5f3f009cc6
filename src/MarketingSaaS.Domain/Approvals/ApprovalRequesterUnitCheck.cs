using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Permissions;

namespace MarketingSaaS.Approvals;

/// <summary>
/// The unit a request is filed for decides its route (the unit's head approves), so the requester may only name a unit
/// they hold a position in, unless they hold <see cref="MarketingSaaSPermissions.ApprovalRequests.FileForOthers"/>.
/// Requests are (re)submitted by their requester, so the permission is the current user's.
/// </summary>
public sealed class ApprovalRequesterUnitCheck(IOrgChartSnapshotReader orgChart, IPermissionChecker permissions)
{
    /// <summary>Returns whether the request is filed for another unit (the permission was needed); throws when it may not be.</summary>
    public async Task<bool> CheckAsync(Guid? unitId, Guid requesterUserId, CancellationToken cancellationToken = default)
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
            : throw new BusinessException(ApprovalEngineErrorCodes.RequesterUnitNotHeld, new Dictionary<string, object?> { ["unitId"] = id });
    }
}
