using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Framework.Tests.Helpers;

/// <summary>An <see cref="ICurrentUser"/> the test sets by hand.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public bool IsAuthenticated => Id.HasValue;

    public Guid? Id { get; set; }

    public string? UserName { get; set; }

    public string? Email => null;

    public string? Name => null;

    public string? FamilyName => null;

    public string? GivenName => null;

    public Guid? TenantId { get; set; }

    public IReadOnlyList<string> Roles { get; set; } = [];

    public void SignIn(Guid id, string userName, params string[] roles)
    {
        Id = id;
        UserName = userName;
        Roles = roles;
    }
}
