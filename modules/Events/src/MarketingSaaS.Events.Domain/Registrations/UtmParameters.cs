namespace MarketingSaaS.Events.Registrations;

/// <summary>The UTM parameters of the registration link, trimmed and in lower case; blank ones are null.</summary>
public sealed record UtmParameters(string? Source, string? Medium, string? Campaign, string? Content, string? Term)
{
    public static UtmParameters Normalize(string? source, string? medium, string? campaign, string? content, string? term) =>
        new(Clean(source), Clean(medium), Clean(campaign), Clean(content), Clean(term));

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
