namespace MarketingSaaS.AuditLogging;

/// <summary>Someone who made a logged change, with the user name stored in the log at the time.</summary>
public sealed record AuditLogPerson(Guid UserId, string? UserName);
