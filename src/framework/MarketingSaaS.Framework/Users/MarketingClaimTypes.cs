namespace MarketingSaaS.Framework.Users;

public static class MarketingClaimTypes
{
    public const string TenantId = "tenantid";
    public const string UserId = System.Security.Claims.ClaimTypes.NameIdentifier;
    public const string UserName = System.Security.Claims.ClaimTypes.Name;
    public const string Email = System.Security.Claims.ClaimTypes.Email;
    public const string Role = System.Security.Claims.ClaimTypes.Role;
}
