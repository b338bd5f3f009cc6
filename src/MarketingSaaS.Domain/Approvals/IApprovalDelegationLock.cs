namespace MarketingSaaS.Approvals;

/// <summary>
/// Serializes the creation and change of the current company's delegations, taken before the existing ones are read:
/// a cycle is made of several people's delegations (A→B and B→A at the same moment), so a lock per delegator would not
/// see it; delegations are few and rarely written, so one lock per company costs nothing. On PostgreSQL a transaction
/// advisory lock, released at commit; SQLite serializes writers by itself.
/// </summary>
public interface IApprovalDelegationLock
{
    Task EnterAsync(CancellationToken cancellationToken = default);
}
