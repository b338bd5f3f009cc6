namespace MarketingSaaS.Events.Registrations;

/// <summary>The anonymous registration page of one event; the tenant comes from the URL.</summary>
public interface IPublicRegistrationAppService
{
    Task<PublicEventDto> GetEventAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<PublicRegistrationDto> RegisterAsync(Guid eventId, RegisterForEventDto input, CancellationToken cancellationToken = default);

    /// <summary>The registrant's own registration, found by the secret code of their QR.</summary>
    Task<PublicRegistrationDto> GetRegistrationAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default);

    /// <summary>The registrant's check-in QR (SVG), found by the same secret code.</summary>
    Task<byte[]> GetQrCodeAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default);

    Task<PublicRegistrationDto> CancelAsync(Guid eventId, string checkInCode, CancellationToken cancellationToken = default);
}
