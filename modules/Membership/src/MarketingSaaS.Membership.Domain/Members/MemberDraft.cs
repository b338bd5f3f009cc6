namespace MarketingSaaS.Membership.Members;

/// <summary>What a member is made of, as entered (trimmed; empty texts are null).</summary>
public sealed record MemberDraft(
    MemberKind Kind,
    string Name,
    string? Industry,
    string? Region,
    string? Size,
    Guid? OwnerId,
    string? Source,
    string? Notes,
    IReadOnlyList<string> Tags);

/// <summary>The member's personal data (masked for callers without Membership.Members.PersonalData).</summary>
public sealed record MemberPersonalData(string? Phone, string? Email, string? Address, DateOnly? Birthday);
