namespace MarketingSaaS.Approvals;

/// <summary>
/// One request of a bulk approval: approved, or the answer a single approval would have got
/// (status, error code and its message in the caller's language), e.g. 422 when it was decided meanwhile.
/// </summary>
public sealed record BulkApprovalOutcomeDto(Guid RequestId, bool Approved, int Status, string? Code = null, string? Message = null);
