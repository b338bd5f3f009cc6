namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// A registrant's own page on the portal (status, QR code, cancel). The origin is <c>App:PublicUrl</c> only, never
/// a request's Host header; without it the link is relative.
/// </summary>
public static class RegistrationLinks
{
    public static string Build(string? publicUrl, string tenantSlug, Guid eventId, string checkInCode) =>
        $"{publicUrl?.TrimEnd('/')}/register/{Uri.EscapeDataString(tenantSlug)}/{eventId:D}/{Uri.EscapeDataString(checkInCode)}";
}
