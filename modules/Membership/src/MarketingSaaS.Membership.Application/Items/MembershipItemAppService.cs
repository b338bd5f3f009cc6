using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Membership.Items;

/// <summary>Authorization is on the endpoints, validation and the transaction come from the host's pipeline.</summary>
public sealed class MembershipItemAppService(IMembershipItemRepository items, MembershipItemManager manager, IUnitOfWork unitOfWork) : IMembershipItemAppService
{
    public async Task<PagedResultDto<MembershipItemDto>> GetListAsync(GetMembershipItemListInput input, CancellationToken cancellationToken = default)
    {
        var (total, page) = await items.GetPagedListAsync(input.Filter, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<MembershipItemDto>(total, [.. page.Select(ToDto)]);
    }

    public async Task<MembershipItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await items.GetAsync(id, cancellationToken));

    public async Task<MembershipItemDto> CreateAsync(CreateMembershipItemDto input, CancellationToken cancellationToken = default)
    {
        var item = await manager.CreateAsync(input.Name.Trim(), input.Description, cancellationToken);
        await items.InsertAsync(item, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(item);
    }

    public async Task<MembershipItemDto> UpdateAsync(Guid id, UpdateMembershipItemDto input, CancellationToken cancellationToken = default)
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

    private static MembershipItemDto ToDto(MembershipItem item) =>
        new(item.Id, item.Name, item.Description, item.CreationTime, item.ConcurrencyStamp);
}
