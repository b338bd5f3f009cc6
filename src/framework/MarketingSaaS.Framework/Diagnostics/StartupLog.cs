using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MarketingSaaS.Framework.Diagnostics;

/// <summary>
/// One line per start-up phase with the milliseconds since the process started, at Information under
/// <see cref="Category"/> (quiet unless that category is switched on; etc/bench/startup.sh does).
/// </summary>
public static class StartupLog
{
    public const string Category = "MarketingSaaS.Startup";

    private static readonly DateTime ProcessStartUtc = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public static long MillisecondsSinceProcessStart => (long)(DateTime.UtcNow - ProcessStartUtc).TotalMilliseconds;

    public static ILogger CreateStartupLogger(this ILoggerFactory loggerFactory) => loggerFactory.CreateLogger(Category);

    public static void Phase(this ILogger logger, string phase) => logger.Phase(phase, MillisecondsSinceProcessStart);

    /// <summary>For a phase that ended before a logger existed.</summary>
    public static void Phase(this ILogger logger, string phase, long millisecondsSinceProcessStart) =>
        logger.LogInformation("startup phase {Phase} at {Milliseconds} ms", phase, millisecondsSinceProcessStart);
}
