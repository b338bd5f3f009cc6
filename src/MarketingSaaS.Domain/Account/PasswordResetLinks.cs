namespace MarketingSaaS.Account;

/// <summary>
/// The portal's reset page with company, user and token in the query. The origin is <c>App:PublicUrl</c> only, never the
/// request's Host header (which a caller could set to send victims a link to their own site); without it the link is relative.
/// </summary>
public static class PasswordResetLinks
{
    public const string PortalPath = "/account/reset-password";

    public static string Build(string? publicUrl, string tenantSlug, Guid userId, string token) =>
        $"{publicUrl?.TrimEnd('/')}{PortalPath}?tenant={Uri.EscapeDataString(tenantSlug)}&userId={userId:D}&token={Uri.EscapeDataString(token)}";
}
