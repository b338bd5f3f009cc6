namespace MarketingSaaS.Approvals;

public sealed record ApprovalDelegationDto(
    Guid Id,
    Guid DelegatorUserId,
    string DelegatorName,
    Guid DelegateUserId,
    string DelegateName,
    DateTimeOffset From,
    DateTimeOffset Until,
    string? Reason,
    bool IsRevoked,
    DateTimeOffset? RevocationTime,
    bool IsActive,
    string ConcurrencyStamp);
