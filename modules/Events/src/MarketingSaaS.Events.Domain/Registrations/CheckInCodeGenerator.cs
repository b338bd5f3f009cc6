using System.Security.Cryptography;

namespace MarketingSaaS.Events.Registrations;

/// <summary>20 characters from a 32-letter alphabet without look-alikes: 100 random bits, unguessable.</summary>
public static class CheckInCodeGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, EventRegistrationConsts.CheckInCodeLength);
}
