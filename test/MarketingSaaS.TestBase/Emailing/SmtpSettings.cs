using System.Globalization;

namespace MarketingSaaS.TestBase.Emailing;

public static class SmtpSettings
{
    /// <summary>
    /// Host settings that send real SMTP to 127.0.0.1:<paramref name="port"/> (no pickup folder), through the
    /// real job queue: the host's worker runs, polling every 100 ms.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> For(int port) => new Dictionary<string, string?>
    {
        ["Emailing:Smtp:Host"] = "127.0.0.1",
        ["Emailing:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Emailing:Smtp:PickupDirectory"] = "",
        ["Emailing:Smtp:FromAddress"] = "notify@marketingsaas.test",
        ["BackgroundJobs:WorkerEnabled"] = "true",
        ["BackgroundJobs:PollInterval"] = "00:00:00.100",
    };
}
