using MarketingSaaS.Events.Registrations;

namespace MarketingSaaS.Events.CheckIns;

/// <summary><see cref="AlreadyCheckedIn"/>: the registrant was checked in before; the first time is kept.</summary>
public sealed record CheckInResultDto(EventRegistrationDto Registration, bool AlreadyCheckedIn);
