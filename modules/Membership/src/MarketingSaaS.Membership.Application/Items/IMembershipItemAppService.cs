using MarketingSaaS.Dtos;

namespace MarketingSaaS.Membership.Items;

public interface IMembershipItemAppService
{
    Task<PagedResultDto<MembershipItemDto>> GetListAsync(GetMembershipItemListInput input, CancellationToken cancellationToken = default);

    Task<MembershipItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MembershipItemDto> CreateAsync(CreateMembershipItemDto input, CancellationToken cancellationToken = default);

    Task<MembershipItemDto> UpdateAsync(Guid id, UpdateMembershipItemDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
