namespace MarketingSaaS.Dtos;

public sealed record PagedResultDto<T>(long TotalCount, IReadOnlyList<T> Items);
