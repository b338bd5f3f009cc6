namespace MarketingSaaS.Framework.Users;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    string? Email { get; }

    /// <summary>The stored display name; with <see cref="FamilyName"/> and <see cref="GivenName"/> the client composes the name it shows.</summary>
    string? Name { get; }

    string? FamilyName { get; }

    string? GivenName { get; }

    Guid? TenantId { get; }

    IReadOnlyList<string> Roles { get; }
}
