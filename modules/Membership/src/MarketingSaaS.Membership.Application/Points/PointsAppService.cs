using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Membership.Members;

namespace MarketingSaaS.Membership.Points;

public sealed class PointsAppService(IMemberRepository members, PointsManager points, IUnitOfWork unitOfWork) : IPointsAppService
{
    public async Task<PointsStatementDto> GetStatementAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        await members.GetAsync(memberId, cancellationToken);
        return ToDto(await points.ReadAsync(memberId, cancellationToken));
    }

    public async Task<PointsStatementDto> RedeemAsync(Guid memberId, RedeemPointsDto input, CancellationToken cancellationToken = default)
    {
        await members.GetAsync(memberId, cancellationToken);
        var ledger = await points.OpenAsync(memberId, cancellationToken);
        ledger.Redeem(input.Points, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
        await points.SaveAsync(ledger, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(ledger);
    }

    private static PointsStatementDto ToDto(PointsLedger ledger)
    {
        var balance = 0;
        var entries = ledger.Entries.OrderBy(e => e.OccurredAt).Select(e =>
        {
            balance += e.Points;
            return new PointsEntryDto(e.Id, e.Kind, e.Points, balance, e.OccurredAt, e.ExpiresAt, e.Remaining, e.PurchaseId, e.Shortfall, e.Note);
        }).ToList();
        return new PointsStatementDto(ledger.MemberId, ledger.Balance, ledger.Now, entries);
    }
}
