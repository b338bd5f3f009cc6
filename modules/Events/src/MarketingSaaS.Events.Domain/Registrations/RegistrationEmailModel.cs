namespace MarketingSaaS.Events.Registrations;

/// <summary>
/// What the registration e-mail template sees: {{recipientName}}, {{eventName}}, {{startTime}}, {{endTime}}, {{timeZone}},
/// {{place}}, {{onlineLink}}, {{isConfirmed}}, {{isWaitingListed}}, {{isPromoted}}, {{checkInCode}}, {{link}}, {{companyName}}.
/// </summary>
public sealed record RegistrationEmailModel(
    string RecipientName,
    string EventName,
    string StartTime,
    string EndTime,
    string TimeZone,
    string? Place,
    string? OnlineLink,
    bool IsConfirmed,
    bool IsWaitingListed,
    bool IsPromoted,
    string CheckInCode,
    string Link,
    string CompanyName)
{
    public static RegistrationEmailModel Sample() => new(
        "Li Lei", "Autumn product salon", "2026-10-15 14:00", "2026-10-15 17:00", "Asia/Shanghai", "Shanghai, 88 Century Avenue", null,
        IsConfirmed: true, IsWaitingListed: false, IsPromoted: false, "K7Q2M9XW4R8T3V6Y1Z5A", "https://example.com/register/demo/0190f5e6-0000-7000-8000-000000000001/K7Q2M9XW4R8T3V6Y1Z5A", "Demo Co.");
}
