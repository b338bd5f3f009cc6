namespace MarketingSaaS.Framework.Users;

/// <summary>The current user outside a request (migrator, jobs, design time): nobody.</summary>
public sealed class AnonymousCurrentUser : ICurrentUser
{
    public bool IsAuthenticated => false;

    public Guid? Id => null;

    public string? UserName => null;

    public string? Email => null;

    public string? Name => null;

    public string? FamilyName => null;

    public string? GivenName => null;

    public Guid? TenantId => null;

    public IReadOnlyList<string> Roles => [];
}
