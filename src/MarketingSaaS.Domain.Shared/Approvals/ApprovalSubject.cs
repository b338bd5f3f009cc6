namespace MarketingSaaS.Approvals;

/// <summary>What a request is about: the owning module's name and its own id for the item (an event, an expense...).</summary>
public sealed record ApprovalSubject(string Module, string Id);
