using MarketingSaaS.Dtos;

namespace MarketingSaaS.Membership.Members;

public interface IMemberAppService
{
    Task<PagedResultDto<MemberDto>> GetListAsync(GetMemberListInput input, CancellationToken cancellationToken = default);

    Task<MemberDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MemberDto> CreateAsync(CreateMemberDto input, CancellationToken cancellationToken = default);

    Task<MemberDto> UpdateAsync(Guid id, UpdateMemberDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
