namespace MarketingSaaS.Events.CheckIns;

/// <summary>Check-in at the door: by scanning the QR code, or by picking a registrant found by search.</summary>
public interface ICheckInAppService
{
    Task<CheckInResultDto> CheckInByCodeAsync(Guid eventId, CheckInByCodeDto input, CancellationToken cancellationToken = default);

    Task<CheckInResultDto> CheckInAsync(Guid eventId, Guid registrationId, CancellationToken cancellationToken = default);

    Task<CheckInCountDto> GetCountAsync(Guid eventId, CancellationToken cancellationToken = default);
}
