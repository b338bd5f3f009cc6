using MarketingSaaS.TestBase.Emailing;

namespace MarketingSaaS.Events.Tests.Registrations;

internal static class RegistrationEmailHost
{
    public const string PublicUrl = "https://portal.example.test";

    public static IReadOnlyDictionary<string, string?> Settings(SmtpReceiver smtp) =>
        new Dictionary<string, string?>(smtp.HostSettings) { ["App:PublicUrl"] = PublicUrl + "/" };
}
