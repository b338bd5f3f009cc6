namespace MarketingSaaS.Positions;

public interface IPositionAppService
{
    Task<IReadOnlyList<PositionDto>> GetListAsync(GetPositionListInput input, CancellationToken cancellationToken = default);

    Task<PositionDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PositionDto> CreateAsync(CreatePositionDto input, CancellationToken cancellationToken = default);

    Task<PositionDto> UpdateAsync(Guid id, UpdatePositionDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
