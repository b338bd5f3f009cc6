using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.OrganizationUnits;

/// <summary>The tree's rules: codes, unique names among siblings, moving a subtree, deleting a subtree.</summary>
public sealed class OrganizationUnitManager(IOrganizationUnitRepository units)
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

    /// <summary>Deletes the unit and everything below it (soft delete: history keeps them).</summary>
    public async Task DeleteAsync(OrganizationUnit unit, CancellationToken cancellationToken = default)
    {
        foreach (var member in await units.GetSubtreeAsync(unit.Code, cancellationToken: cancellationToken))
        {
            await units.DeleteAsync(member, cancellationToken);
        }
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
