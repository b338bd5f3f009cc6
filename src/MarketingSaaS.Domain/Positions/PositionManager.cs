using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Identity;
using MarketingSaaS.OrganizationUnits;

namespace MarketingSaaS.Positions;

/// <summary>Position rules: a unique name per company, and units, holders and collaborators that exist.</summary>
public sealed class PositionManager(
    IPositionRepository positions,
    IOrganizationUnitRepository units,
    IUserLookup users,
    IEnumerable<IPositionHoldersChangedHandler> holderChangeHandlers)
{
    public async Task<Position> CreateAsync(string name, string? duties, CancellationToken cancellationToken = default)
    {
        await CheckNameFreeAsync(name, exceptId: null, cancellationToken);
        var position = new Position(SequentialGuid.Create(), name.Trim(), null);
        position.SetDuties(duties);
        await positions.InsertAsync(position, cancellationToken);
        return position;
    }

    public async Task RenameAsync(Position position, string name, CancellationToken cancellationToken = default)
    {
        await CheckNameFreeAsync(name, position.Id, cancellationToken);
        position.Rename(name.Trim());
    }

    public async Task SetUnitsAsync(Position position, IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var distinct = unitIds.Distinct().ToList();
        var found = (await units.GetListAsync(u => distinct.Contains(u.Id), cancellationToken)).Select(u => u.Id).ToHashSet();
        if (distinct.Where(id => !found.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownOrganizationUnit, new Dictionary<string, object?> { ["id"] = missing });
        }

        position.SetUnits(distinct);
    }

    /// <summary>Sets the holders; <paramref name="changedByUserId"/> is told to the handlers of a change (pending approvals move).</summary>
    public async Task SetHoldersAsync(Position position, IReadOnlyCollection<Guid> userIds, Guid changedByUserId, CancellationToken cancellationToken = default)
    {
        var distinct = userIds.Distinct().ToList();
        var found = await users.FindExistingAsync(distinct, cancellationToken);
        if (distinct.Where(id => !found.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownUser, new Dictionary<string, object?> { ["id"] = missing });
        }

        var former = position.Holders.Select(h => h.UserId).ToList();
        position.SetHolders(distinct);
        var change = new PositionHoldersChange(position.Id, [.. former.Except(distinct)], [.. distinct.Except(former)], distinct, changedByUserId);
        if (change.RemovedUserIds.Count == 0 && change.AddedUserIds.Count == 0)
        {
            return;
        }

        foreach (var handler in holderChangeHandlers)
        {
            await handler.OnHoldersChangedAsync(change, cancellationToken);
        }
    }

    public async Task SetCollaboratorsAsync(Position position, IReadOnlyCollection<Guid> positionIds, CancellationToken cancellationToken = default)
    {
        var distinct = positionIds.Distinct().Where(id => id != position.Id).ToList();
        var found = (await positions.GetListAsync(p => distinct.Contains(p.Id), cancellationToken)).Select(p => p.Id).ToHashSet();
        if (distinct.Where(id => !found.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownPosition, new Dictionary<string, object?> { ["id"] = missing });
        }

        position.SetCollaborators(distinct);
    }

    private async Task CheckNameFreeAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (await positions.AnyAsync(p => p.Name == trimmed && p.Id != exceptId, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.PositionNameTaken, new Dictionary<string, object?> { ["name"] = trimmed });
        }
    }
}
