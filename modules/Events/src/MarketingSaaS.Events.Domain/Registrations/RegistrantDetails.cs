namespace MarketingSaaS.Events.Registrations;

/// <summary>What a registrant types on the public page.</summary>
public sealed record RegistrantDetails(string Name, string Email, string? Phone, string? Company);
