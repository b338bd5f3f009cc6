using MarketingSaaS.Dtos;
using MarketingSaaS.Features;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Validation;

namespace MarketingSaaS.Editions;

public sealed class EditionAppService(
    IRepository<Edition, Guid> editions,
    EditionManager editionManager,
    FeatureValueManager featureValues,
    FeatureDefinitionManager featureDefinitions,
    IUnitOfWork unitOfWork) : IEditionAppService
{
    public async Task<PagedResultDto<EditionDto>> GetListAsync(GetEditionListInput input, CancellationToken cancellationToken = default)
    {
        var filter = input.Filter?.Trim().ToLowerInvariant();

        // A platform has a handful of editions: they are paged in memory.
        var all = string.IsNullOrEmpty(filter)
            ? await editions.GetListAsync(e => true, cancellationToken)
            : await editions.GetListAsync(e => e.Name.ToLower().Contains(filter), cancellationToken);
        var page = all.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<EditionDto>(all.Count, [.. page.Select(ToDto)]);
    }

    public async Task<EditionDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await editions.GetAsync(id, cancellationToken));

    public async Task<EditionDto> CreateAsync(CreateEditionDto input, CancellationToken cancellationToken = default)
    {
        var edition = await editionManager.CreateAsync(input.Name, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(edition);
    }

    public async Task<EditionDto> UpdateAsync(Guid id, UpdateEditionDto input, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetAsync(id, cancellationToken);
        ConcurrencyStampGuard.Check(edition, input.ConcurrencyStamp);
        await editionManager.RenameAsync(edition, input.Name, cancellationToken);
        await editions.UpdateAsync(edition, input.ConcurrencyStamp, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(edition);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetAsync(id, cancellationToken);
        await editionManager.DeleteAsync(edition, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        featureValues.InvalidateCache(FeatureValueProviders.Edition, id);
    }

    public async Task<IReadOnlyList<EditionFeatureDto>> GetFeaturesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetAsync(id, cancellationToken);
        return await ReadFeaturesAsync(edition.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<EditionFeatureDto>> UpdateFeaturesAsync(Guid id, UpdateEditionFeaturesDto input, CancellationToken cancellationToken = default)
    {
        var wanted = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var feature in input.Features)
        {
            wanted[feature.Name.Trim()] = feature.Value;
        }

        var edition = await editions.GetAsync(id, cancellationToken);
        await featureValues.SetAsync(FeatureValueProviders.Edition, edition.Id, wanted, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        featureValues.InvalidateCache(FeatureValueProviders.Edition, edition.Id);
        return await ReadFeaturesAsync(edition.Id, cancellationToken);
    }

    private async Task<IReadOnlyList<EditionFeatureDto>> ReadFeaturesAsync(Guid editionId, CancellationToken cancellationToken)
    {
        var values = await featureValues.GetAsync(FeatureValueProviders.Edition, editionId, cancellationToken);
        return [.. featureDefinitions.All.OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new EditionFeatureDto(f.Name, f.DefaultValue, values.GetValueOrDefault(f.Name)))];
    }

    private static EditionDto ToDto(Edition edition) => new(edition.Id, edition.Name, edition.ConcurrencyStamp);
}
