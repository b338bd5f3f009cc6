namespace MarketingSaaS.Identity.Imports;

/// <summary>The rows as they were (or, on a dry run, would be) invited.</summary>
public sealed record UserImportResultDto(bool DryRun, int InvitedCount, IReadOnlyList<UserImportRowDto> Rows);

public sealed record UserImportRowDto(
    int Row,
    string UserName,
    string Email,
    string FamilyName,
    string GivenName,
    IReadOnlyList<string> RoleNames,
    string? Position,
    string Culture);
