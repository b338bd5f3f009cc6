namespace MarketingSaaS.Events.Registrations;

public sealed record UtmDto(string? Source, string? Medium, string? Campaign, string? Content, string? Term);
