using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Membership.Items;

/// <summary>Creates and renames items: a name is unique within the company.</summary>
public sealed class MembershipItemManager(IMembershipItemRepository items)
{
    public async Task<MembershipItem> CreateAsync(string name, string? description, CancellationToken cancellationToken = default)
    {
        await CheckNameFreeAsync(name, null, cancellationToken);
        return new MembershipItem(SequentialGuid.Create(), name, description);
    }

    public async Task ChangeAsync(MembershipItem item, string name, string? description, CancellationToken cancellationToken = default)
    {
        await CheckNameFreeAsync(name, item.Id, cancellationToken);
        item.Change(name, description);
    }

    private async Task CheckNameFreeAsync(string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await items.AnyAsync(i => i.Name == name && i.Id != except, cancellationToken))
        {
            throw new BusinessException(MembershipErrorCodes.DuplicateItemName, new Dictionary<string, object?> { ["name"] = name });
        }
    }
}
