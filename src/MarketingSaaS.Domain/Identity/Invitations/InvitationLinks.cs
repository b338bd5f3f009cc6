namespace MarketingSaaS.Identity.Invitations;

/// <summary>The portal's accept page; the origin is <c>App:PublicUrl</c> only (see PasswordResetLinks).</summary>
public static class InvitationLinks
{
    public const string PortalPath = "/account/accept-invitation";

    public static string Build(string? publicUrl, string tenantSlug, string token) =>
        $"{publicUrl?.TrimEnd('/')}{PortalPath}?tenant={Uri.EscapeDataString(tenantSlug)}&token={Uri.EscapeDataString(token)}";
}
