using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.BackgroundJobs;

/// <summary><see cref="PagedInput.Filter"/> is not used.</summary>
public sealed class GetBackgroundJobListInput : PagedInput
{
    public BackgroundJobState? State { get; set; }
}
