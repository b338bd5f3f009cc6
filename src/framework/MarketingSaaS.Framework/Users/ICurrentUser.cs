namespace MarketingSaaS.Framework.Users;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    string? Email { get; }

    Guid? TenantId { get; }

    IReadOnlyList<string> Roles { get; }
}
