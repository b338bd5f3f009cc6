namespace MarketingSaaS.Membership.Members;

/// <summary>
/// Serializes the changes to one member's purchases and points inside the request's transaction (on PostgreSQL a row
/// lock on the member), so two parallel redemptions or refunds cannot both spend the same points or amount.
/// </summary>
public interface IMemberLedgerLock
{
    Task EnterAsync(Guid memberId, CancellationToken cancellationToken = default);
}
