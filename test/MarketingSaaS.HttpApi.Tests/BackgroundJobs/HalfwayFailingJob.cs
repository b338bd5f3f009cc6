using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.OrganizationUnits;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>Creates an org unit, enqueues a follow-up job and saves both, then fails if told to.</summary>
public sealed class HalfwayFailingJob(OrganizationUnitManager units, IBackgroundJobManager jobs, IUnitOfWork unitOfWork)
    : IBackgroundJob<HalfwayFailingJobArgs>
{
    public async Task ExecuteAsync(HalfwayFailingJobArgs args, CancellationToken cancellationToken)
    {
        await units.CreateAsync(args.UnitName, null, OrganizationUnitKind.Department, cancellationToken);
        await jobs.EnqueueAsync(new CountingJobArgs(args.FollowUpKey));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (args.Fail)
        {
            throw new InvalidOperationException("Planned failure after saving");
        }
    }
}
