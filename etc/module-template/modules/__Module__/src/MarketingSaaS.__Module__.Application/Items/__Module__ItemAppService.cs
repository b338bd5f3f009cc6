using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.__Module__.Items;

/// <summary>Authorization is on the endpoints, validation and the transaction come from the host's pipeline.</summary>
public sealed class __Module__ItemAppService(I__Module__ItemRepository items, __Module__ItemManager manager, IUnitOfWork unitOfWork) : I__Module__ItemAppService
{
    public async Task<PagedResultDto<__Module__ItemDto>> GetListAsync(Get__Module__ItemListInput input, CancellationToken cancellationToken = default)
    {
        var (total, page) = await items.GetPagedListAsync(input.Filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<__Module__ItemDto>(total, [.. page.Select(ToDto)]);
    }

    public async Task<__Module__ItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await items.GetAsync(id, cancellationToken));

    public async Task<__Module__ItemDto> CreateAsync(Create__Module__ItemDto input, CancellationToken cancellationToken = default)
    {
        var item = await manager.CreateAsync(input.Name.Trim(), input.Description, cancellationToken);
        await items.InsertAsync(item, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(item);
    }

    public async Task<__Module__ItemDto> UpdateAsync(Guid id, Update__Module__ItemDto input, CancellationToken cancellationToken = default)
    {
        var item = await items.GetAsync(id, cancellationToken);
        await manager.ChangeAsync(item, input.Name.Trim(), input.Description, cancellationToken);
        await items.UpdateAsync(item, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(item);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var item = await items.GetAsync(id, cancellationToken);
        await items.DeleteAsync(item, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static __Module__ItemDto ToDto(__Module__Item item) =>
        new(item.Id, item.Name, item.Description, item.CreationTime, item.ConcurrencyStamp);
}
