using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Positions;

namespace MarketingSaaS.OrganizationUnits;

/// <summary>The tree's rules: codes, unique names among siblings, moving a subtree, deleting an empty unit.</summary>
public sealed class OrganizationUnitManager(IOrganizationUnitRepository units, IPositionRepository positions)
{
    public async Task<OrganizationUnit> CreateAsync(string displayName, Guid? parentId, OrganizationUnitKind kind, CancellationToken cancellationToken = default)
    {
        var parent = parentId is null ? null : await units.GetAsync(parentId.Value, cancellationToken);
        await CheckNameFreeAsync(displayName, parentId, exceptId: null, cancellationToken);
        var code = await NextChildCodeAsync(parent, cancellationToken);
        CheckDepth(code);
        var unit = new OrganizationUnit(SequentialGuid.Create(), code, displayName.Trim(), parentId, kind);
        await units.InsertAsync(unit, cancellationToken);
        return unit;
    }

    public async Task RenameAsync(OrganizationUnit unit, string displayName, CancellationToken cancellationToken = default)
    {
        await CheckNameFreeAsync(displayName, unit.ParentId, unit.Id, cancellationToken);
        unit.Rename(displayName);
    }

    /// <summary>Moves the unit with its whole subtree under another parent (null: to the top).</summary>
    public async Task MoveAsync(OrganizationUnit unit, Guid? newParentId, CancellationToken cancellationToken = default)
    {
        if (unit.ParentId == newParentId)
        {
            return;
        }

        var parent = newParentId is null ? null : await units.GetAsync(newParentId.Value, cancellationToken);
        if (parent is not null && (parent.Id == unit.Id || parent.Code.StartsWith(unit.Code + ".", StringComparison.Ordinal)))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.OrganizationUnitMoveIntoItself);
        }

        await CheckNameFreeAsync(unit.DisplayName, newParentId, unit.Id, cancellationToken);
        var subtree = await units.GetSubtreeAsync(unit.Code, includeDeleted: true, cancellationToken);
        var oldCode = unit.Code;
        var newCode = await NextChildCodeAsync(parent, cancellationToken);
        CheckDepth(newCode, subtree.Max(u => OrganizationUnitCode.Depth(u.Code)) - OrganizationUnitCode.Depth(oldCode));
        unit.MoveTo(newParentId, newCode);
        foreach (var descendant in subtree.Where(u => u.Id != unit.Id))
        {
            descendant.SetCode(OrganizationUnitCode.Rebase(descendant.Code, oldCode, newCode));
        }
    }

    /// <summary>
    /// Deletes an empty unit (soft delete: history keeps it). A unit with sub-units or positions is refused (422), so
    /// nobody loses a subtree or a post by accident: move or delete those first.
    /// </summary>
    public async Task DeleteAsync(OrganizationUnit unit, CancellationToken cancellationToken = default)
    {
        var subUnits = await units.CountAsync(u => u.ParentId == unit.Id, cancellationToken);
        var unitPositions = await positions.CountAsync(p => p.Units.Any(u => u.OrganizationUnitId == unit.Id), cancellationToken);
        if (subUnits > 0 || unitPositions > 0)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.OrganizationUnitNotEmpty, new Dictionary<string, object?>
            {
                ["name"] = unit.DisplayName,
                ["subUnits"] = subUnits,
                ["positions"] = unitPositions,
            });
        }

        await units.DeleteAsync(unit, cancellationToken);
    }

    private async Task<string> NextChildCodeAsync(OrganizationUnit? parent, CancellationToken cancellationToken)
    {
        var last = await units.GetLastChildCodeAsync(parent?.Id, cancellationToken);
        return last is null ? OrganizationUnitCode.Append(parent?.Code, OrganizationUnitCode.Create(1)) : OrganizationUnitCode.Next(last);
    }

    private async Task CheckNameFreeAsync(string displayName, Guid? parentId, Guid? exceptId, CancellationToken cancellationToken)
    {
        var name = displayName.Trim();
        if (await units.AnyAsync(u => u.ParentId == parentId && u.DisplayName == name && u.Id != exceptId, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.OrganizationUnitNameTaken, new Dictionary<string, object?> { ["name"] = name });
        }
    }

    private static void CheckDepth(string code, int extraLevels = 0)
    {
        if (OrganizationUnitCode.Depth(code) + extraLevels > OrganizationUnitConsts.MaxDepth)
        {
            throw new BusinessException(MarketingSaaSErrorCodes.OrganizationUnitTooDeep, new Dictionary<string, object?> { ["max"] = OrganizationUnitConsts.MaxDepth });
        }
    }
}
