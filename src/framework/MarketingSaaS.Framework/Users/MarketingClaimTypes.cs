namespace MarketingSaaS.Framework.Users;

public static class MarketingClaimTypes
{
    public const string TenantId = "tenantid";
    public const string UserId = System.Security.Claims.ClaimTypes.NameIdentifier;
    public const string UserName = System.Security.Claims.ClaimTypes.Name;
    public const string Email = System.Security.Claims.ClaimTypes.Email;
    public const string Role = System.Security.Claims.ClaimTypes.Role;

    /// <summary>The stored display name (e.g. 张伟), used when family and given name are unknown.</summary>
    public const string Name = "displayname";

    public const string FamilyName = System.Security.Claims.ClaimTypes.Surname;

    public const string GivenName = System.Security.Claims.ClaimTypes.GivenName;
}
