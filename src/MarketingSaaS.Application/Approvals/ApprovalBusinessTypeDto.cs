namespace MarketingSaaS.Approvals;

/// <summary>A registered business type with its display name in the request's language.</summary>
public sealed record ApprovalBusinessTypeDto(string Name, string DisplayName);
