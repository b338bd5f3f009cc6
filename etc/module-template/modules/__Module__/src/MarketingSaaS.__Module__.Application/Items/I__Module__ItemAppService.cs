using MarketingSaaS.Dtos;

namespace MarketingSaaS.__Module__.Items;

public interface I__Module__ItemAppService
{
    Task<PagedResultDto<__Module__ItemDto>> GetListAsync(Get__Module__ItemListInput input, CancellationToken cancellationToken = default);

    Task<__Module__ItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<__Module__ItemDto> CreateAsync(Create__Module__ItemDto input, CancellationToken cancellationToken = default);

    Task<__Module__ItemDto> UpdateAsync(Guid id, Update__Module__ItemDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
