namespace MarketingSaaS.Events.Registrations;

/// <summary>Staff side of registration: settings, the registrant list, cancellation and CSV exports.</summary>
public interface IEventRegistrationAppService
{
    Task<EventRegistrationSettingsDto> GetSettingsAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<EventRegistrationSettingsDto> SetSettingsAsync(Guid eventId, UpdateEventRegistrationSettingsDto input, CancellationToken cancellationToken = default);

    Task<Dtos.PagedResultDto<EventRegistrationDto>> GetListAsync(Guid eventId, GetEventRegistrationListInput input, CancellationToken cancellationToken = default);

    Task<EventRegistrationDto> GetAsync(Guid eventId, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The registrant's check-in QR (SVG), e.g. to print or send again.</summary>
    Task<byte[]> GetQrCodeAsync(Guid eventId, Guid id, CancellationToken cancellationToken = default);

    Task<EventRegistrationDto> CancelAsync(Guid eventId, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Confirmed registrants with their check-in time, as CSV (UTF-8 with BOM).</summary>
    Task<byte[]> ExportAttendeesAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>Confirmed registrants who did not check in, for follow-up, as CSV (UTF-8 with BOM).</summary>
    Task<byte[]> ExportNoShowsAsync(Guid eventId, CancellationToken cancellationToken = default);
}
