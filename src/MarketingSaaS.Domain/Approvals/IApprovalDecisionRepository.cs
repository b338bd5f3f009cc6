namespace MarketingSaaS.Approvals;

/// <summary>The append-only decision log: rows are added and read, never changed.</summary>
public interface IApprovalDecisionRepository
{
    Task InsertAsync(ApprovalDecision decision, CancellationToken cancellationToken = default);

    Task<List<ApprovalDecision>> GetListAsync(Guid requestId, CancellationToken cancellationToken = default);
}
