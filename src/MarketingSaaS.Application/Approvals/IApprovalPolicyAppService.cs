namespace MarketingSaaS.Approvals;

public interface IApprovalPolicyAppService
{
    Task<IReadOnlyList<ApprovalPolicyDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<ApprovalPolicyDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ApprovalPolicyDto> CreateAsync(CreateApprovalPolicyDto input, CancellationToken cancellationToken = default);

    Task<ApprovalPolicyDto> UpdateAsync(Guid id, UpdateApprovalPolicyDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The default event and expense policies; needs the default org chart's GM, VP and finance posts.</summary>
    Task<IReadOnlyList<ApprovalPolicyDto>> ImportDefaultAsync(CancellationToken cancellationToken = default);

    Task<ApprovalRouteDto> SimulateAsync(SimulateApprovalRouteDto input, CancellationToken cancellationToken = default);

    /// <summary>The route the caller's own request would take (the submit form's preview).</summary>
    Task<ApprovalRouteDto> PreviewOwnRouteAsync(SimulateApprovalRouteDto input, CancellationToken cancellationToken = default);
}
