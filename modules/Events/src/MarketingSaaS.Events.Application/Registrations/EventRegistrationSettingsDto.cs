namespace MarketingSaaS.Events.Registrations;

public sealed record EventRegistrationSettingsDto(
    Guid EventId, int Capacity, bool IsOpen, int ConfirmedCount, int SeatsLeft, int WaitingCount, string PublicPath);
