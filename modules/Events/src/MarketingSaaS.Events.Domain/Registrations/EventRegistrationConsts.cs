namespace MarketingSaaS.Events.Registrations;

public static class EventRegistrationConsts
{
    public const int MaxNameLength = 128;
    public const int MaxEmailLength = 256;
    public const int MaxPhoneLength = 32;
    public const int MaxCompanyLength = 256;
    public const int MaxUtmLength = 128;
    public const int CheckInCodeLength = 20;
    public const int MaxCultureLength = 16;
    public const int MaxCapacity = 100_000;
}
