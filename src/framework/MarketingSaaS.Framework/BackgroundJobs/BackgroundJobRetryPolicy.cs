namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>Exponential backoff with jitter: base × 2^(tries−1), capped, plus up to <c>RetryJitter</c> of it.</summary>
public static class BackgroundJobRetryPolicy
{
    public static TimeSpan DelayAfter(int tryCount, BackgroundJobOptions options, double random)
    {
        var exponent = Math.Clamp(tryCount - 1, 0, 30);
        var ticks = Math.Min(options.RetryBaseDelay.Ticks * Math.Pow(2, exponent), options.RetryMaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(ticks * (1 + (options.RetryJitter * random))));
    }
}
