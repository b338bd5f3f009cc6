using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Reviews;

/// <summary>The current tenant's daily review deadline check (see <see cref="EventReviewDeadlineChecker"/>).</summary>
public sealed class EventReviewDeadlineJob(EventReviewDeadlineChecker checker, IUnitOfWork unitOfWork) : IBackgroundJob<EventReviewDeadlineArgs>
{
    /// <summary>The job's name in the queue; stored with every job row, so it must never change.</summary>
    public const string Name = "Events.ReviewDeadline";

    public async Task ExecuteAsync(EventReviewDeadlineArgs args, CancellationToken cancellationToken)
    {
        await checker.CheckAsync(cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
