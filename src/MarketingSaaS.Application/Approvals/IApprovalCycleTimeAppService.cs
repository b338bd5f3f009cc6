namespace MarketingSaaS.Approvals;

public interface IApprovalCycleTimeAppService
{
    /// <summary>Average and p90 decision times per policy and stage, of requests submitted in the last <paramref name="days"/> days.</summary>
    Task<IReadOnlyList<ApprovalCycleTimeDto>> GetListAsync(int days, CancellationToken cancellationToken = default);
}
