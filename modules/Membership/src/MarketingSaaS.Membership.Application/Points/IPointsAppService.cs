namespace MarketingSaaS.Membership.Points;

public interface IPointsAppService
{
    Task<PointsStatementDto> GetStatementAsync(Guid memberId, CancellationToken cancellationToken = default);

    Task<PointsStatementDto> RedeemAsync(Guid memberId, RedeemPointsDto input, CancellationToken cancellationToken = default);
}
