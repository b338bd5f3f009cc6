using System.Security.Claims;
using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Http;

namespace MarketingSaaS.Framework.AspNetCore.Users;

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated ?? false;

    public Guid? Id => Guid.TryParse(Find(MarketingClaimTypes.UserId), out var id) ? id : null;

    public string? UserName => Find(MarketingClaimTypes.UserName);

    public string? Email => Find(MarketingClaimTypes.Email);

    public string? Name => Find(MarketingClaimTypes.Name);

    public string? FamilyName => Find(MarketingClaimTypes.FamilyName);

    public string? GivenName => Find(MarketingClaimTypes.GivenName);

    public Guid? TenantId => Guid.TryParse(Find(MarketingClaimTypes.TenantId), out var id) ? id : null;

    public IReadOnlyList<string> Roles => Principal?.FindAll(MarketingClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    private string? Find(string type) => IsAuthenticated ? Principal!.FindFirst(type)?.Value : null;
}
