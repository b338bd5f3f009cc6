namespace MarketingSaaS.Membership.Members;

/// <summary>A member; phone, e-mail and address masked and birthday null when <see cref="PersonalDataMasked"/>.</summary>
public sealed record MemberDto(
    Guid Id,
    MemberKind Kind,
    string Name,
    string? Industry,
    string? Region,
    string? Size,
    string? Phone,
    string? Email,
    string? Address,
    DateOnly? Birthday,
    bool PersonalDataMasked,
    IReadOnlyList<string> Tags,
    Guid? OwnerId,
    string? OwnerName,
    string? Source,
    string? Notes,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);
