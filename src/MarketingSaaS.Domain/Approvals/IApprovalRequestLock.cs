namespace MarketingSaaS.Approvals;

/// <summary>
/// Serializes the changes of one approval request (decisions, returns, withdrawal, amount changes, resubmission), taken
/// before the request is read: two approvers deciding at the same moment then run one after the other, and the second
/// reads the first one's outcome, so it gets the rule's answer (422, e.g. <c>ApprovalRequestNotPending</c>) rather than a
/// concurrency conflict. On PostgreSQL a row lock held until commit; SQLite serializes writers by itself (the request's
/// transaction begins with <c>BEGIN IMMEDIATE</c>).
/// </summary>
public interface IApprovalRequestLock
{
    Task EnterAsync(Guid requestId, CancellationToken cancellationToken = default);
}
