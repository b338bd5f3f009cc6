using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Events.Plans;

/// <summary>The current tenant's daily rehearsal reminder check (see <see cref="RehearsalReminderChecker"/>).</summary>
public sealed class RehearsalReminderJob(RehearsalReminderChecker checker, IUnitOfWork unitOfWork) : IBackgroundJob<RehearsalReminderArgs>
{
    /// <summary>The job's name in the queue; stored with every job row, so it must never change.</summary>
    public const string Name = "Events.RehearsalReminder";

    public async Task ExecuteAsync(RehearsalReminderArgs args, CancellationToken cancellationToken)
    {
        await checker.CheckAsync(cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
