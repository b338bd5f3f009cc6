namespace MarketingSaaS.Events.Registrations;

public sealed record SendRegistrationEmailArgs(Guid RegistrationId, RegistrationEmailKind Kind);
