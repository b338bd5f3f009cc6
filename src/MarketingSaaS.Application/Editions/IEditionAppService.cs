using MarketingSaaS.Dtos;

namespace MarketingSaaS.Editions;

/// <summary>The host's plans: names, and the feature values tenants on them get unless they have their own.</summary>
public interface IEditionAppService
{
    Task<PagedResultDto<EditionDto>> GetListAsync(GetEditionListInput input, CancellationToken cancellationToken = default);

    Task<EditionDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<EditionDto> CreateAsync(CreateEditionDto input, CancellationToken cancellationToken = default);

    Task<EditionDto> UpdateAsync(Guid id, UpdateEditionDto input, CancellationToken cancellationToken = default);

    /// <summary>Refused (422) while tenants are on the edition.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EditionFeatureDto>> GetFeaturesAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EditionFeatureDto>> UpdateFeaturesAsync(Guid id, UpdateEditionFeaturesDto input, CancellationToken cancellationToken = default);
}
