using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.__Module__.Items;

/// <summary>Creates and renames items: a name is unique within the company.</summary>
public sealed class __Module__ItemManager(I__Module__ItemRepository items)
{
    public async Task<__Module__Item> CreateAsync(string name, string? description, CancellationToken cancellationToken = default)
    {
        await CheckNameFreeAsync(name, null, cancellationToken);
        return new __Module__Item(SequentialGuid.Create(), name, description);
    }

    public async Task ChangeAsync(__Module__Item item, string name, string? description, CancellationToken cancellationToken = default)
    {
        await CheckNameFreeAsync(name, item.Id, cancellationToken);
        item.Change(name, description);
    }

    private async Task CheckNameFreeAsync(string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await items.AnyAsync(i => i.Name == name && i.Id != except, cancellationToken))
        {
            throw new BusinessException(__Module__ErrorCodes.DuplicateItemName, new Dictionary<string, object?> { ["name"] = name });
        }
    }
}
