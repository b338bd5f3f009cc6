using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.ApprovalSla;

/// <summary>
/// The current tenant's hourly check: reminders and escalations of waiting approval stages, then overdue process steps.
/// Every stage and step is marked when it is handled, so a second run (or a retry) sends nothing more.
/// </summary>
public sealed class ApprovalSlaJob(ApprovalStageSlaChecker stages, OverdueStepNotifier steps, IUnitOfWork unitOfWork) : IBackgroundJob<ApprovalSlaArgs>
{
    /// <summary>The job's name in the queue; stored with every job row, so it must never change.</summary>
    public const string Name = "Approvals.Sla";

    public async Task ExecuteAsync(ApprovalSlaArgs args, CancellationToken cancellationToken)
    {
        await stages.CheckAsync(cancellationToken);
        await steps.NotifyAsync(cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
